using Microsoft.Extensions.Options;
using PureConnect.Icws;
using PureConnect.Icws.Interactions;
using PureConnect.IcwsIngest.Parking;

namespace PureConnect.IcwsIngest;

/// <summary>
/// Holds the monitoring session: logs in, subscribes to the owned users' queues and statuses, feeds every
/// message to the handler, and on any loss (session expired, connection down, switchover, error) logs in
/// again with exponential back-off and re-subscribes, which delivers fresh snapshots to reconcile.
/// </summary>
public sealed class IngestWorker(
    IcwsConnector connector,
    IOptions<IngestOptions> options,
    IngestHealth health,
    IParkedWorkStore parked,
    IServiceProvider services,
    TimeProvider time,
    ILogger<IngestWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var users = settings.OwnedUsers().ToList();
        await using var lanes = new GrainLanes(settings.Lanes, GrainCallRetry.From(settings), parked, logger, time);
        lanes.WorkParked += _ => health.WorkParked();
        // Outlives each session: an interaction that left a queue during one outage is still judged after the next.
        var unconfirmed = new UnconfirmedInteractions();
        var attempt = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var session = await connector.ConnectAsync(new IcwsCredentials(settings.MonitorUserId, settings.MonitorPassword), stoppingToken);
                IngestMetrics.Reconnects.Add(1);
                var handler = ActivatorUtilities.CreateInstance<IngestMessageHandler>(services, lanes, unconfirmed);
                await SubscribeAsync(session, users, stoppingToken);
                health.Connected(session.ServerUri);
                logger.LogInformation("Monitoring {UserCount} users through session {SessionId} on {Server}", users.Count, session.SessionId, session.ServerUri);
                attempt = 0;
                using var checking = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var checker = CheckUnconfirmedAsync(handler, session, settings.UnconfirmedCheckPeriod, checking.Token);
                try
                {
                    await foreach (var message in session.ReadMessagesAsync(stoppingToken))
                    {
                        if (!await handler.HandleAsync(message, stoppingToken))
                        {
                            break;
                        }
                    }
                }
                finally
                {
                    await checking.CancelAsync();
                    await checker;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Monitoring session lost ({Reason}); reconnecting", ex.GetType().Name);
            }

            health.Disconnected();
            var delay = TimeSpan.FromMilliseconds(Math.Min(250 * Math.Pow(2, attempt++), settings.MaxReconnectDelay.TotalMilliseconds));
            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Every <paramref name="period"/>, looks up the interactions that left a queue unobserved, on this session.</summary>
    private async Task CheckUnconfirmedAsync(IngestMessageHandler handler, IcwsSession session, TimeSpan period, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, time, cancellationToken);
                await handler.CheckUnconfirmedAsync(session, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Checking the interactions that left a queue unobserved failed; trying again in {Period}", period);
            }
        }
    }

    /// <summary>The softphone's attributes, the call controls' (recording, conference, account code) and the Dialer campaign id.</summary>
    private static readonly IReadOnlyList<string> SubscribedAttributes =
        [.. IcwsAttributeNames.Softphone, .. IcwsCallControlAttributeNames.All, IcwsCallControlAttributeNames.Is_Attr_CampaignId];

    private static async Task SubscribeAsync(IcwsSession session, IReadOnlyList<string> users, CancellationToken cancellationToken)
    {
        foreach (var user in users)
        {
            await session.SubscribeQueueAsync(IngestMessageHandler.UserQueuePrefix + user, [new QueueId(QueueType.User, user)],
                SubscribedAttributes, cancellationToken);
        }

        if (users.Count > 0)
        {
            await session.SubscribeUserStatusesAsync(users, cancellationToken);
        }
    }
}
