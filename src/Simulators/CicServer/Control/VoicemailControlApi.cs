using PureConnect.Simulators.CicServer.Voicemail;

namespace PureConnect.Simulators.CicServer.Control;

/// <summary>Voicemail for tests and demos: a caller leaves a message in a user's box; the box and the plays asked for.</summary>
internal static class VoicemailControlApi
{
    public static void MapVoicemailControlApi(this RouteGroupBuilder control)
    {
        control.MapPost("/voicemail", (DropVoicemailRequest request, VoicemailStore store, Engine.CicEngine engine) =>
        {
            if (string.IsNullOrWhiteSpace(request.UserId) || string.IsNullOrWhiteSpace(request.From) || request.DurationSeconds is < 1 or > 600)
            {
                return Results.BadRequest(new { errorId = Engine.ErrorIds.ControlInvalid, message = "userId, from and durationSeconds (1 to 600) are required." });
            }

            if (!engine.HasUser(request.UserId))
            {
                return Results.NotFound(new { errorId = Engine.ErrorIds.ControlNotFound, message = $"User '{request.UserId}' does not exist." });
            }

            var entry = store.Drop(request.UserId, request.From, request.Subject, TimeSpan.FromSeconds(request.DurationSeconds));
            return Results.Created($"/control/voicemail/{request.UserId}", new { unifiedMessageId = entry.Id });
        });
        control.MapGet("/voicemail/{userId}", (string userId, VoicemailStore store) =>
        {
            var (messages, plays) = store.Box(userId);
            return Results.Ok(new
            {
                messages = messages.Select(m => new { unifiedMessageId = m.Id, m.From, m.Subject, m.ReceivedAt, durationSeconds = m.Duration.TotalSeconds, m.Read }),
                plays,
            });
        });
    }
}

public sealed record DropVoicemailRequest(string UserId, string From, string? Subject = null, int DurationSeconds = 15);
