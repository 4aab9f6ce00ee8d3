using PureConnect.Simulators.CicServer.Http;
using PureConnect.Simulators.CicServer.Voicemail;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>Voicemail (unified messaging, channels facts §4): the voicemail and message-waiting subscriptions, read state, delete, play to
/// the station or a number, and the download of a message's WAV file (the <c>fileUri</c> of its attachment; that path is [U]).</summary>
internal static class VoicemailApi
{
    public static void MapVoicemailApi(this RouteGroupBuilder session)
    {
        session.MapPut("/messaging/subscriptions/unified-messaging/voicemail-messages", (HttpContext http, VoicemailStore store) =>
        {
            store.SubscribeMessages(http.IcwsSession());
            return IcwsResult.Ok();
        });
        session.MapDelete("/messaging/subscriptions/unified-messaging/voicemail-messages", (HttpContext http, VoicemailStore store) =>
        {
            store.UnsubscribeMessages(http.IcwsSession());
            return IcwsResult.Ok();
        });
        session.MapPut("/messaging/subscriptions/unified-messaging/messages-waiting-indicator", (HttpContext http, VoicemailStore store) =>
        {
            store.SubscribeMwi(http.IcwsSession());
            return IcwsResult.Ok();
        });
        session.MapDelete("/messaging/subscriptions/unified-messaging/messages-waiting-indicator", (HttpContext http, VoicemailStore store) =>
        {
            store.UnsubscribeMwi(http.IcwsSession());
            return IcwsResult.Ok();
        });
        session.MapPut("/unified-messaging/messages-waiting-indicator/count-refresh", (HttpContext http, VoicemailStore store) =>
        {
            store.RefreshMwi(http.IcwsSession());
            return IcwsResult.Status(StatusCodes.Status204NoContent);
        });
        session.MapPut("/unified-messaging/{id}", async (string id, HttpContext http, VoicemailStore store) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            store.SetState(http.IcwsSession(), id, body.Int("state") ?? throw RequestBody.Malformed("state is required."));
            return IcwsResult.Status(StatusCodes.Status204NoContent);
        });
        session.MapDelete("/unified-messaging/{id}", (string id, HttpContext http, VoicemailStore store) =>
        {
            store.Delete(http.IcwsSession(), id);
            return IcwsResult.Status(StatusCodes.Status204NoContent);
        });
        session.MapPost("/unified-messaging/{id}/voicemail-message/play/start", async (string id, HttpContext http, VoicemailStore store) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var state = body.Int("state") ?? throw RequestBody.Malformed("state is required.");
            var target = body.Object("playTarget") is { } playTarget && playTarget.Type is { } type && type.EndsWith("voicemailPlayTarget", StringComparison.OrdinalIgnoreCase)
                ? playTarget.String("target") ?? ""
                : null;
            store.Play(http.IcwsSession(), id, state, target);
            return IcwsResult.Status(StatusCodes.Status204NoContent);
        });
        session.MapPost("/unified-messaging/{id}/voicemail-message/play/stop", (string id, HttpContext http, VoicemailStore store) =>
        {
            store.Stop(http.IcwsSession(), id);
            return IcwsResult.Status(StatusCodes.Status204NoContent);
        });
        session.MapGet("/unified-messaging/{id}/attachments/{fileName}", (string id, string fileName, HttpContext http, VoicemailStore store) =>
        {
            var entry = store.File(http.IcwsSession(), id);
            return fileName == entry.FileName
                ? Results.File(entry.Audio, VoicemailAudio.MimeType, entry.FileName)
                : IcwsResult.Error(404, Engine.ErrorIds.UnifiedMessageNotFound, $"The message '{id}' has no file '{fileName}'.");
        });
    }
}
