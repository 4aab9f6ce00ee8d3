using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;
using PureConnect.Grains.Agents;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace PureConnect.AgentApi.Apis;

/// <summary>
/// <c>GET /api/me/events</c>: one server-sent event stream per connection. It subscribes to the agent's Orleans stream
/// first and only then reads the snapshot, so nothing published in between is lost; deltas whose view version is not
/// newer than what was already sent (the snapshot or an earlier delta) are dropped, so nothing stale follows.
/// </summary>
public static class EventsApi
{
    public static void MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/me").WithTags("Events").RequireAuthorization()
            .MapGet("/events", StreamAsync)
            .WithSummary("Server-sent events: snapshot, then agent and interaction deltas; :ping while idle")
            .Produces(200, contentType: "text/event-stream");
    }

    private static async Task StreamAsync(
        HttpContext http, IClusterClient cluster, IOptions<HttpJsonOptions> json, IOptions<AgentApiOptions> options, CallLogSubjects subjects,
        TimeProvider time, ILoggerFactory loggers)
    {
        var userId = http.User.AgentId()!;
        var logger = loggers.CreateLogger(typeof(EventsApi));
        var ct = http.RequestAborted;
        var updates = Channel.CreateUnbounded<AgentUpdate>(new UnboundedChannelOptions { SingleReader = true });
        var stream = cluster.GetStreamProvider(AgentUpdateStreams.Provider)
            .GetStream<AgentUpdate>(StreamId.Create(AgentUpdateStreams.Namespace, userId));
        var subscription = await stream.SubscribeAsync((update, _) => updates.Writer.WriteAsync(update).AsTask());
        logger.LogInformation("Event stream opened for agent {UserId}", userId);
        try
        {
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers["X-Accel-Buffering"] = "no";
            var writer = new EventWriter(http.Response, json.Value.SerializerOptions);

            var agent = await cluster.GetGrain<IAgentGrain>(userId).GetViewAsync();
            var interactions = await InteractionsApi.ListAsync(cluster, agent, subjects);
            var sent = new SentVersions(agent.Version, interactions.ToDictionary(i => i.Key, i => i.Version, StringComparer.Ordinal));
            await writer.WriteAsync("snapshot", new SnapshotResponse(agent.ToResponse(), interactions), ct);
            if (!agent.SessionActive)
            {
                await writer.WriteAsync("loggedOut", LoggedOutResponse.For(agent.LogoutReason), ct);
                return;
            }

            while (!ct.IsCancellationRequested)
            {
                using var idle = new CancellationTokenSource(options.Value.EventsPingInterval, time);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct, idle.Token);
                AgentUpdate update;
                try
                {
                    update = await updates.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    await writer.PingAsync(ct);
                    continue;
                }

                if (update.Agent is { } view && sent.IsNewer(view))
                {
                    await writer.WriteAsync("agent", view.ToResponse(), ct);
                    if (!view.SessionActive)
                    {
                        // The CIC session ended (expired, logged out elsewhere, switchover): the client goes back to the login.
                        await writer.WriteAsync("loggedOut", LoggedOutResponse.For(view.LogoutReason), ct);
                        return;
                    }
                }

                if (update.Interaction is { } interaction && sent.IsNewer(interaction))
                {
                    await writer.WriteAsync("interaction", interaction.ToResponse(subjects), ct);
                }

                if (update.Statuses is { } statuses)
                {
                    // CIC's status catalogue changed: the statuses this agent may choose now (as GET /api/statuses lists them).
                    await writer.WriteAsync("statuses", statuses.Select(s => s.ToResponse()).ToList(), ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away.
        }
        finally
        {
            await UnsubscribeAsync(subscription, userId, logger);
        }
    }

    private static async Task UnsubscribeAsync(StreamSubscriptionHandle<AgentUpdate> subscription, string userId, ILogger logger)
    {
        try
        {
            await subscription.UnsubscribeAsync();
            logger.LogInformation("Event stream closed for agent {UserId}", userId);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not unsubscribe the event stream of agent {UserId}", userId);
        }
    }
}
