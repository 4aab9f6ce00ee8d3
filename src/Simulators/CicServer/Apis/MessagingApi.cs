using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>Message retrieval (short polling or server-sent events) and the heartbeat (reference §4).</summary>
internal static class MessagingApi
{
    public static void MapMessagingApi(this RouteGroupBuilder session)
    {
        session.MapGet("/messaging/messages", (HttpContext http, CicEngine engine, TimeProvider time, IHostApplicationLifetime lifetime) =>
        {
            var current = http.IcwsSession();
            var wantsEvents = http.Request.Headers.Accept.Any(a => a?.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase) == true);
            return wantsEvents
                ? MessageChannel.StreamAsync(http, current, engine.Options.SsePingInterval, time, lifetime.ApplicationStopping)
                : MessageChannel.PollAsync(http, current);
        }).WithMetadata(new SessionFilter.CookieOnly(), new SessionFilter.ServedWhileClosing(), new SessionFilter.AllowedWithExpiredPassword());
        session.MapPost("/messaging/heartbeat", () => IcwsResult.Ok()).WithMetadata(new SessionFilter.AllowedWithExpiredPassword());
    }
}
