using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using PureConnect.Icws.Http;
using PureConnect.Icws.Json;
using PureConnect.Icws.Messages;

namespace PureConnect.Icws;

/// <summary>A reply or forward as the agent edits it: recipients, subject, bodies (text and/or HTML).</summary>
public sealed record EmailDraft(
    IReadOnlyList<EmailAddress> To, IReadOnlyList<EmailAddress> Cc, IReadOnlyList<EmailAddress> Bcc, string Subject, string? TextBody, string? HtmlBody);

/// <summary>A downloaded attachment.</summary>
public sealed record EmailAttachmentFile(string FileName, string ContentType, byte[] Content);

/// <summary><c>responseType</c> of <c>createEmailResponseParameters</c> (channels facts §2.4).</summary>
public enum EmailResponseType
{
    Reply = 0,
    ReplyAll = 1,
    Forward = 2,
}

/// <summary>ACD email (channels facts §2.2–2.5). Pickup, hold, transfer and disconnect are the generic interaction commands.</summary>
public sealed partial class IcwsSession
{
    /// <summary>Watches an email's contents (<c>PUT messaging/subscriptions/interactions/{id}/email</c>).</summary>
    public Task SubscribeEmailAsync(string interactionId, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, $"{Subscriptions}interactions/{Segment(interactionId)}/email", ct: ct);

    public Task UnsubscribeEmailAsync(string interactionId, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Delete, $"{Subscriptions}interactions/{Segment(interactionId)}/email", ct: ct);

    /// <summary>Creates a reply, reply all or forward of <paramref name="parentInteractionId"/> (<c>createEmailResponseParameters</c>
    /// → 201); CIC fills in recipients, subject and the quoted parent. Returns the draft's interaction id. Never retried.</summary>
    public async Task<string> CreateEmailResponseAsync(string parentInteractionId, EmailResponseType responseType, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(parentInteractionId);
        var body = new JsonObject
        {
            ["__type"] = "urn:inin.com:interactions.email:createEmailResponseParameters",
            ["parentInteractionId"] = parentInteractionId,
            ["responseType"] = (int)responseType,
        };
        var response = await SendAsync(HttpMethod.Post, "interactions", body, ct).ConfigureAwait(false);
        return response.Read(root => JsonRead.RequiredString(root, "interactionId"));
    }

    /// <summary>Saves a draft (<c>POST interactions/{id}/email/save</c>).</summary>
    public Task SaveEmailAsync(string interactionId, EmailDraft draft, CancellationToken ct = default)
    {
        var bodies = new JsonArray();
        if (draft.TextBody is not null)
            bodies.Add(new JsonObject { ["body"] = draft.TextBody, ["bodyType"] = 0 });
        if (draft.HtmlBody is not null)
            bodies.Add(new JsonObject { ["body"] = draft.HtmlBody, ["bodyType"] = 1 });
        var content = new JsonObject
        {
            ["__type"] = "urn:inin.com:interactions.email:emailContent",
            ["toRecipients"] = Addresses(draft.To),
            ["ccRecipients"] = Addresses(draft.Cc),
            ["bccRecipients"] = Addresses(draft.Bcc),
            ["subject"] = draft.Subject,
            ["bodies"] = bodies,
        };
        return SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/email/save", new JsonObject { ["emailContent"] = content }, ct);
    }

    /// <summary>Sends a draft (<c>POST interactions/{id}/email/send</c>); never retried.</summary>
    public Task SendEmailAsync(string interactionId, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/email/send", ct: ct);

    /// <summary>Attaches a file to a draft: announces it (<c>attachments/file/upload</c> → 202 with an <c>uploadUri</c>), then PUTs
    /// the bytes there. CIC's completion message is not waited for: the PUT's answer says whether the file was taken.</summary>
    public async Task UploadEmailAttachmentAsync(string interactionId, string fileName, string contentType, byte[] content, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        var announced = await SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/email/attachments/file/upload",
            new JsonObject { ["uploadFileName"] = fileName, ["isInlineAttachment"] = false }, ct).ConfigureAwait(false);
        var uploadUri = announced.Read(root => JsonRead.RequiredString(root, "uploadUri"));
        using var request = _sender.CreateRequest(HttpMethod.Put, ResolveServerUri(uploadUri));
        request.Content = new ByteArrayContent(content);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        await _sender.SendAsync(request, IcwsCallKind.Session, ct).ConfigureAwait(false);
    }

    /// <summary>Takes an attachment off a draft (<c>attachments/file/remove {fileUri}</c>).</summary>
    /// <summary>Attaches a File response to a draft (<c>POST interactions/{id}/email/attachments/response-management/insert
    /// {id, isInlineAttachment: false}</c>, channels facts §2: 200, 400 when the file does not exist or the user has no rights).</summary>
    public Task InsertEmailResponseFileAsync(string interactionId, string itemId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionId);
        ArgumentException.ThrowIfNullOrEmpty(itemId);
        return SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/email/attachments/response-management/insert",
            new JsonObject { ["id"] = itemId, ["isInlineAttachment"] = false }, ct);
    }

    public Task RemoveEmailAttachmentAsync(string interactionId, string fileUri, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/email/attachments/file/remove", new JsonObject { ["fileUri"] = fileUri }, ct);

    /// <summary>Downloads an attachment of an email by its id (<see cref="EmailFileAttachment.Id"/>), with this session.</summary>
    public async Task<EmailAttachmentFile> DownloadEmailAttachmentAsync(string interactionId, string attachmentId, CancellationToken ct = default)
    {
        using var request = _sender.CreateRequest(HttpMethod.Get,
            _sender.SessionUri($"interactions/{Segment(interactionId)}/email/attachments/{Segment(attachmentId)}"), accept: "*/*");
        var (content, contentType, fileName) = await _sender.SendForBytesAsync(request, ct).ConfigureAwait(false);
        return new EmailAttachmentFile(fileName ?? attachmentId, contentType ?? "application/octet-stream", content);
    }

    /// <summary>The path to the attachment <paramref name="attachmentId"/> under this session (what <c>fileUri</c> names).</summary>
    public string EmailAttachmentUri(string interactionId, string attachmentId) =>
        _sender.SessionUri($"interactions/{Segment(interactionId)}/email/attachments/{Segment(attachmentId)}").AbsolutePath;

    /// <summary>A URI CIC gave: absolute; a server path (<c>/icws/...</c>, kept under any path base); or below the session.</summary>
    private Uri ResolveServerUri(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute;
        var icws = uri.IndexOf("/icws/", StringComparison.OrdinalIgnoreCase);
        return icws >= 0 ? _sender.IcwsUri(uri[(icws + "/icws/".Length)..]) : _sender.SessionUri(uri.TrimStart('/'));
    }

    private static JsonArray Addresses(IReadOnlyList<EmailAddress> addresses) =>
        [.. addresses.Select(a => (JsonNode)new JsonObject { ["displayName"] = a.DisplayName, ["address"] = a.Address })];
}
