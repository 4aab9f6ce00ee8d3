namespace PureConnect.AgentUi.AgentApi;

// The email shapes of docs/agent-api.md, "Email".

/// <summary>What an interaction carries of its email: <c>kind</c> Received, Reply, ReplyAll, Forward or New; <c>signature</c> None,
/// Verified or Failed.</summary>
public sealed record EmailSummary(string Kind, string? ParentInteractionId, string Subject, EmailAddress From, string Signature, int Attachments,
    bool Editable, bool Sent);

public sealed record EmailAddress(string Name, string? Address);

public sealed record EmailAttachment(string Id, string Name, string? ContentId, string DownloadUrl);

public sealed record EmailReply(string InteractionId, string? Key, string Kind, DateTimeOffset CreatedAt);

/// <summary>An email read with <c>GET .../email</c>: <c>html</c> is sanitised by the AgentApi.</summary>
public sealed record EmailDetails(
    string Kind, string? ParentInteractionId, string Subject, EmailAddress From, IReadOnlyList<EmailAddress> To, IReadOnlyList<EmailAddress> Cc,
    IReadOnlyList<EmailAddress> Bcc, DateTimeOffset? ReceivedAt, string Signature, string? Text, string? Html,
    IReadOnlyList<EmailAttachment> Attachments, IReadOnlyList<EmailReply> Replies, bool Editable, bool Sent, IReadOnlyList<string> AllowedResponses);

public sealed record EmailResponseRequest(string Kind);

public sealed record EmailAddressRequest(string Address, string? Name = null);

public sealed record EmailDraftRequest(
    IReadOnlyList<EmailAddressRequest> To, IReadOnlyList<EmailAddressRequest> Cc, IReadOnlyList<EmailAddressRequest> Bcc, string Subject, string? Text,
    string? Html);

public sealed record CreatedInteraction(string? InteractionId);

public static class EmailApiCalls
{
    private static string Email(string key) => $"/api/me/interactions/{Uri.EscapeDataString(key)}/email";

    public static Task<ApiResult<EmailDetails>> GetEmailAsync(this AgentApiClient api, string key) =>
        api.SendAsync<EmailDetails>(HttpMethod.Get, Email(key));

    /// <summary><paramref name="kind"/>: Reply, ReplyAll or Forward; the answer names the draft's interaction id.</summary>
    public static Task<ApiResult<CreatedInteraction>> CreateEmailResponseAsync(this AgentApiClient api, string key, string kind) =>
        api.SendAsync<CreatedInteraction>(HttpMethod.Post, $"{Email(key)}/responses", new EmailResponseRequest(kind));

    public static Task<ApiResult<object>> SaveEmailDraftAsync(this AgentApiClient api, string key, EmailDraftRequest draft) =>
        api.SendAsync<object>(HttpMethod.Put, $"{Email(key)}/draft", draft);

    public static Task<ApiResult<object>> SendEmailAsync(this AgentApiClient api, string key) =>
        api.SendAsync<object>(HttpMethod.Post, $"{Email(key)}/send");

    /// <summary>Attaches a file to a draft (at most 10 MB: 413 <c>email.attachmentTooLarge</c>).</summary>
    public static Task<ApiResult<object>> AttachToEmailAsync(this AgentApiClient api, string key, string name, string contentType, byte[] content) =>
        api.SendBytesAsync(HttpMethod.Post, $"{Email(key)}/attachments?name={Uri.EscapeDataString(name)}", content, contentType);

    public static Task<ApiResult<object>> RemoveEmailAttachmentAsync(this AgentApiClient api, string key, string attachmentId) =>
        api.SendAsync<object>(HttpMethod.Delete, $"{Email(key)}/attachments/{Uri.EscapeDataString(attachmentId)}");

    public static Task<ApiResult<object>> ReopenEmailAsync(this AgentApiClient api, string key) =>
        api.SendAsync<object>(HttpMethod.Post, $"{Email(key)}/reopen");
}
