using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>The agent's side of ACD email (channels facts §2.2–2.5): the email subscription, drafts saved and sent, file
/// attachments uploaded, removed and downloaded. Replies and forwards are created by <c>POST interactions</c>
/// (<see cref="CreateResponseType"/>); pickup, hold, transfer and disconnect are the generic interaction commands.</summary>
internal static class EmailApi
{
    public const string CreateResponseType = "urn:inin.com:interactions.email:createEmailResponseParameters";

    public static void MapEmailApi(this RouteGroupBuilder session)
    {
        session.MapPut("/messaging/subscriptions/interactions/{interactionId}/email", (string interactionId, HttpContext http, CicEngine engine) =>
        {
            engine.SubscribeEmail(http.IcwsSession(), interactionId);
            return IcwsResult.Ok();
        });
        session.MapDelete("/messaging/subscriptions/interactions/{interactionId}/email", (string interactionId, HttpContext http, CicEngine engine) =>
        {
            engine.UnsubscribeEmail(http.IcwsSession(), interactionId);
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/email/save", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var content = body.Object("emailContent") ?? throw RequestBody.Malformed("'emailContent' is required.");
            engine.SaveEmail(http.IcwsSession(), interactionId, Content(content));
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/email/send", (string interactionId, HttpContext http, CicEngine engine) =>
        {
            engine.SendEmail(http.IcwsSession(), interactionId);
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/email/attachments/file/upload", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var upload = engine.BeginEmailUpload(http.IcwsSession(), interactionId, body.String("uploadFileName"),
                body.Bool("isInlineAttachment") ?? throw RequestBody.Malformed("'isInlineAttachment' (true or false) is required."));
            return new IcwsResult(StatusCodes.Status202Accepted, upload);
        });
        session.MapPut("/interactions/{interactionId}/email/attachments/uploads/{requestId}", async (string interactionId, string requestId, HttpContext http, CicEngine engine) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            engine.CompleteEmailUpload(http.IcwsSession(), interactionId, requestId, buffer.ToArray(), http.Request.ContentType);
            return IcwsResult.Ok();
        });
        session.MapPost("/interactions/{interactionId}/email/attachments/response-management/insert",
            async (string interactionId, HttpContext http, CicEngine engine, ResponseManagement.ResponseLibraryStore responses) =>
            {
                var body = await RequestBody.ReadAsync(http.Request);
                var item = responses.Item(http.IcwsSession(), body.String("id") ?? throw RequestBody.Malformed("'id' is required."));
                if (item.Type != ResponseManagement.ResponseItemTypes.File)
                {
                    throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, $"The response '{item.Name}' is not a file.");
                }

                var contentId = engine.InsertResponseFileAttachment(http.IcwsSession(), interactionId, item.Value, body.Bool("isInlineAttachment") ?? false);
                return new IcwsResult(StatusCodes.Status200OK, new { contentId });
            });
        session.MapPost("/interactions/{interactionId}/email/attachments/file/remove", async (string interactionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            engine.RemoveEmailAttachment(http.IcwsSession(), interactionId, body.String("fileUri"));
            return IcwsResult.Ok();
        });
        session.MapGet("/interactions/{interactionId}/email/attachments/{fileId}", (string interactionId, string fileId, HttpContext http, CicEngine engine) =>
        {
            var (name, contentType, content) = engine.DownloadEmailAttachment(http.IcwsSession(), interactionId, fileId);
            return Results.File(content, contentType, name);
        }).WithMetadata(new SessionFilter.CookieOnly()); // [U] the facts say only "with the session cookie"
    }

    /// <summary>Reads <c>emailContent</c> of a response or a save: recipients, subject and bodies (0 text, 1 HTML).</summary>
    public static EmailDraftContent Content(RequestBody content)
    {
        var bodies = content.Objects("bodies");
        var text = bodies.FirstOrDefault(b => (b.Int("bodyType") ?? 0) == 0)?.String("body");
        var html = bodies.FirstOrDefault(b => b.Int("bodyType") == 1)?.String("body");
        return new EmailDraftContent(
            Addresses(content, "toRecipients") ?? [], Addresses(content, "toRecipients") is not null,
            Addresses(content, "ccRecipients"), Addresses(content, "bccRecipients"), content.String("subject"), text, html);
    }

    private static List<EmailAddressInput>? Addresses(RequestBody content, string name) =>
        TryFind(content, name, out _)
            ? [.. content.Objects(name).Select(a => new EmailAddressInput(a.String("address") ?? "", a.String("displayName")))]
            : null;

    private static bool TryFind(RequestBody content, string name, out System.Text.Json.JsonElement value)
    {
        foreach (var property in content.Root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
