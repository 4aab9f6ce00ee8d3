namespace PureConnect.Icws.Messages;

/// <summary>An address of an email (<c>emailAddress</c>): a display name and, when CIC knows it, the address.</summary>
public sealed record EmailAddress(string DisplayName, string? Address);

/// <summary>A file attached to an email (<c>emailFileAttachment</c>); <see cref="ContentId"/> is set for inline parts.</summary>
public sealed record EmailFileAttachment(string Name, string ContentId, string DownloadUri)
{
    /// <summary>The attachment's id: the last segment of its download URI (the simulator's form; the real form is [U]).</summary>
    public string Id => DownloadUri.TrimEnd('/').Split('/')[^1];
}

/// <summary><c>emailContentsResponse</c> (channels facts §2.2). <see cref="SignatureStatus"/>: null unsigned, 0 verified, other
/// values a failed check (1 message modified, 2 certificate not trusted, 4 header mismatch, 128 unknown).</summary>
public sealed record EmailContent(
    string Subject,
    EmailAddress Sender,
    IReadOnlyList<EmailAddress> To,
    IReadOnlyList<EmailAddress> Cc,
    IReadOnlyList<EmailAddress> Bcc,
    IReadOnlyList<EmailAddress> ReplyTo,
    string? TextBody,
    string? HtmlBody,
    DateTimeOffset ReceivedAt,
    int? SignatureStatus,
    IReadOnlyList<EmailFileAttachment> Attachments);

/// <summary><c>emailContentsMessage</c>: an email's contents, after the subscription and after every change.
/// <see cref="EmailType"/>: 0 none (received), 1 new, 2 reply, 3 reply all, 4 forward.</summary>
public sealed record EmailContentsMessage(
    string InteractionId,
    string? ParentInteractionId,
    string? ConversationId,
    bool IsEditable,
    int EmailType,
    IReadOnlyList<int> SupportedResponseTypes,
    EmailContent? Content,
    bool HasResponse,
    bool Edited) : IcwsMessage(IcwsMessageTypes.EmailContents, false);

/// <summary><c>emailUploadFileStatusMessage</c>: the end of an upload.</summary>
public sealed record EmailUploadFileStatusMessage(string RequestId, string? Error, string InteractionId, string FileName, bool UploadSuccess)
    : IcwsMessage(IcwsMessageTypes.EmailUploadFileStatus, false);
