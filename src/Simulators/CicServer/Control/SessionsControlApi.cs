using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Control;

/// <summary>Session faults: dropped channels, expiry, raw messages, subscription state, switchover.</summary>
internal static class SessionsControlApi
{
    public static void MapSessionsControlApi(this RouteGroupBuilder control)
    {
        control.MapGet("/sessions", (CicEngine engine) => Results.Ok(engine.ListSessions()));
        control.MapPost("/sessions/{id}/drop-channel", (string id, CicEngine engine) =>
        {
            engine.DropChannel(id);
            return Results.NoContent();
        });
        control.MapPost("/sessions/{id}/expire", (string id, CicEngine engine) =>
        {
            engine.ExpireSession(id);
            return Results.NoContent();
        });
        control.MapPost("/users/{userId}/expire-sessions", (string userId, CicEngine engine) =>
            Results.Ok(new { expired = engine.ExpireUserSessions(userId) }));
        control.MapPost("/sessions/{id}/raw-message", async (string id, HttpRequest request, CicEngine engine) =>
        {
            using var reader = new StreamReader(request.Body);
            engine.EnqueueRawMessage(id, await reader.ReadToEndAsync(request.HttpContext.RequestAborted));
            return Results.NoContent();
        });
        control.MapPost("/sessions/{id}/queue-subscription-state", (string id, QueueSubscriptionStateRequest request, CicEngine engine) =>
        {
            engine.SendQueueSubscriptionState(id, request.SubscriptionId, request.State, request.Message);
            return Results.NoContent();
        });
        control.MapPost("/primary-down", (PrimaryDownRequest request, CicEngine engine) =>
            Results.Ok(new { sessionsLost = engine.SetPrimaryDown(request.Down), request.Down }));
        control.MapPost("/switchover", (SwitchoverRequest request, CicEngine engine) =>
        {
            if (request.DurationSeconds < 0)
            {
                throw new IcwsErrorException(400, ErrorIds.ControlInvalid, "durationSeconds must not be negative.");
            }

            var ended = engine.StartSwitchover(TimeSpan.FromSeconds(request.DurationSeconds));
            return Results.Ok(new { sessionsEnded = ended, request.DurationSeconds });
        });
    }
}
