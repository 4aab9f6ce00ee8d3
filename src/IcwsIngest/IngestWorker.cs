using Microsoft.Extensions.Options;
using PureConnect.Icws;
using PureConnect.Icws.Messages;
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
        string? lastFailure = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var session = await connector.ConnectAsync(new IcwsCredentials(settings.MonitorUserId, settings.MonitorPassword), stoppingToken);
                IngestMetrics.Reconnects.Add(1);
                var handler = ActivatorUtilities.CreateInstance<IngestMessageHandler>(services, lanes, unconfirmed, users,
                    new ChatWatch(session.SubscribeChatAsync), new CallbackWatch(session.SubscribeCallbackAsync), new EmailWatch(session.SubscribeEmailAsync));
                var subscriptions = new MonitoredSubscriptions(session, users);
                await subscriptions.SubscribeAllAsync(stoppingToken);
                health.Connected(session.ServerUri);
                logger.LogInformation("Monitoring {UserCount} users through session {SessionId} on {Server}", users.Count, session.SessionId, session.ServerUri);
                attempt = 0;
                using var checking = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var checker = CheckUnconfirmedAsync(handler, session, settings.UnconfirmedCheckPeriod, checking.Token);
                var resubscriptions = new List<Task>();
                try
                {
                    await foreach (var message in session.ReadMessagesAsync(stoppingToken))
                    {
                        if (message is QueueSubscriptionStateMessage { State: QueueSubscriptionStateMessage.Faulted } faulted)
                        {
                            resubscriptions.RemoveAll(t => t.IsCompleted);
                            resubscriptions.Add(ResubscribeAsync(subscriptions, faulted, settings.MaxReconnectDelay, checking.Token));
                        }

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
                    await Task.WhenAll(resubscriptions);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Monitoring session lost ({Reason}); reconnecting", ex.GetType().Name);
                lastFailure = ex is HttpRequestException ? ex.Message : ex.GetBaseException().Message;
            }

            health.Disconnected(lastFailure);
            lastFailure = null;
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

    /// <summary>
    /// Puts a faulted queue subscription again, with back-off until CIC takes it (or the session ends); its fresh snapshot
    /// then reconciles the agent's queue and clears the Degraded health (<see cref="IngestMessageHandler"/>).
    /// </summary>
    private async Task ResubscribeAsync(MonitoredSubscriptions subscriptions, QueueSubscriptionStateMessage faulted, TimeSpan maxDelay, CancellationToken cancellationToken)
    {
        for (var attempt = 0; !cancellationToken.IsCancellationRequested; attempt++)
        {
            try
            {
                if (!await subscriptions.ResubscribeQueueAsync(faulted.SubscriptionId, cancellationToken))
                {
                    logger.LogWarning("CIC reported unknown queue subscription {SubscriptionId} faulted; ignored", faulted.SubscriptionId);
                }

                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (IcwsException ex)
            {
                var delay = TimeSpan.FromMilliseconds(Math.Min(250 * Math.Pow(2, attempt), maxDelay.TotalMilliseconds));
                logger.LogWarning(ex, "Subscribing queue {SubscriptionId} again failed; trying again in {Delay}", faulted.SubscriptionId, delay);
                try
                {
                    await Task.Delay(delay, time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
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
}
