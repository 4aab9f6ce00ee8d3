using PureConnect.Grains.Interactions.Emails;

namespace PureConnect.AgentApi.Contracts;

/// <summary>An address as the agent types it (a display name is optional).</summary>
public sealed record EmailAddressRequest(string? Address, string? Name = null);

/// <summary>A draft as saved: recipients, subject, and a text body, an HTML body (sanitised before it is saved) or both.</summary>
public sealed record EmailDraftRequest(
    List<EmailAddressRequest>? To, List<EmailAddressRequest>? Cc, List<EmailAddressRequest>? Bcc, string? Subject, string? Text, string? Html);

/// <summary><c>kind</c>: Reply, ReplyAll or Forward.</summary>
public sealed record EmailResponseRequest(string? Kind);

public sealed record EmailAddressResponse(string Name, string? Address);

/// <summary>An attachment: download it from <c>downloadUrl</c>; <c>contentId</c> when it is an inline part of the HTML.</summary>
public sealed record EmailAttachmentResponse(string Id, string Name, string? ContentId, string DownloadUrl);

/// <summary>A reply or forward under the email; <c>key</c> when it is on the agent's queue.</summary>
public sealed record EmailReplyResponse(string InteractionId, string? Key, string Kind, DateTimeOffset CreatedAt);

/// <summary>An email (docs/agent-api.md, "Email"): headers, the text body and the sanitised HTML body, attachments, replies.
/// <c>kind</c> Received, Reply, ReplyAll, Forward or New; <c>signature</c> None, Verified or Failed.</summary>
public sealed record EmailResponse(
    string Kind, string? ParentInteractionId, string Subject, EmailAddressResponse From, IReadOnlyList<EmailAddressResponse> To,
    IReadOnlyList<EmailAddressResponse> Cc, IReadOnlyList<EmailAddressResponse> Bcc, DateTimeOffset? ReceivedAt, string Signature,
    string? Text, string? Html, IReadOnlyList<EmailAttachmentResponse> Attachments, IReadOnlyList<EmailReplyResponse> Replies,
    bool Editable, bool Sent, IReadOnlyList<string> AllowedResponses);

/// <summary>What an interaction carries of its email (the bodies are read with <c>GET .../email</c>).</summary>
public sealed record EmailSummaryResponse(
    string Kind, string? ParentInteractionId, string Subject, EmailAddressResponse From, string Signature, int Attachments, bool Editable, bool Sent);

public static class EmailMapping
{
    public static EmailSummaryResponse ToSummary(this EmailView email) => new(
        email.Kind.ToString(), email.ParentInteractionId, email.Subject, Address(email.Sender), email.Signature.ToString(), email.Attachments.Count,
        email.Editable, email.Sent);

    public static EmailAddressResponse Address(EmailAddressView address) => new(address.DisplayName, address.Address);

    public static List<EmailAddressView> ToAddresses(List<EmailAddressRequest>? list) =>
        [.. (list ?? []).Select(a => new EmailAddressView(a.Name?.Trim() ?? "", a.Address?.Trim()))];
}

/// <summary><c>POST …/email/response-files</c>: the File response to attach to the draft.</summary>
public sealed record EmailResponseFileRequest(string? ResponseId);
