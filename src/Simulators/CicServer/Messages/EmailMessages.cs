namespace PureConnect.Simulators.CicServer.Messages;

// The email subscription's messages and shapes (channels facts §2.2–2.3).

public sealed record EmailContentsMessage(
    bool IsDelta,
    string InteractionId,
    string? ParentInteractionId,
    string ConversationId,
    bool IsEditable,
    int EmailType,
    IReadOnlyList<int> SupportedResponseTypes,
    EmailContents EmailContent,
    bool HasResponse,
    bool Edited,
    string Mailbox,
    string MailboxDisplayName) : IcwsMessage(IsDelta);

/// <summary><c>emailContentsResponse</c>.</summary>
public sealed record EmailContents(
    string Subject,
    EmailAddressItem Sender,
    IReadOnlyList<EmailAddressItem> ToRecipients,
    IReadOnlyList<EmailAddressItem> CcRecipients,
    IReadOnlyList<EmailAddressItem> BccRecipients,
    IReadOnlyList<EmailAddressItem> ReplyToRecipients,
    IReadOnlyList<EmailBodyItem> Bodies,
    DateTimeOffset ReceivedTimestamp,
    EmailSignatureItem? Signature,
    IReadOnlyList<EmailFileAttachmentItem> FileAttachments,
    IReadOnlyList<EmailFileAttachmentItem> MessageAttachments);

public sealed record EmailAddressItem(string DisplayName, string? Address);

/// <summary><c>bodyType</c> 0 text, 1 HTML.</summary>
public sealed record EmailBodyItem(string Body, int BodyType);

public sealed record EmailSignatureItem(int Status, EmailCertificateItem? Certificate);

public sealed record EmailCertificateItem(string Subject, string Issuer, DateTimeOffset ValidFrom, DateTimeOffset ValidTo);

public sealed record EmailFileAttachmentItem(string Name, string ContentId, string DownloadUri);

/// <summary>The end of an upload announced by <c>attachments/file/upload</c>.</summary>
public sealed record EmailUploadFileStatusMessage(bool IsDelta, string RequestId, string? Error, string InteractionId, string FileName, bool UploadSuccess)
    : IcwsMessage(IsDelta);

public sealed record EmailUploadResponse(string RequestId, string InteractionId, string FileName, string? ContentId, string UploadUri);
