namespace PureConnect.Grains.Interactions.Emails;

/// <summary>An email as the softphone shows it. Bodies are as CIC gave them (an HTML body is hostile until sanitised by whoever shows
/// it); the agent's update stream carries the email without them (<see cref="WithoutBodies"/>).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailView")]
public sealed record EmailView(
    [property: Id(0)] EmailKind Kind,
    [property: Id(1)] string? ParentInteractionId,
    [property: Id(2)] string Subject,
    [property: Id(3)] EmailAddressView Sender,
    [property: Id(4)] IReadOnlyList<EmailAddressView> To,
    [property: Id(5)] IReadOnlyList<EmailAddressView> Cc,
    [property: Id(6)] IReadOnlyList<EmailAddressView> Bcc,
    [property: Id(7)] string? TextBody,
    [property: Id(8)] string? HtmlBody,
    [property: Id(9)] DateTimeOffset? ReceivedAt,
    [property: Id(10)] EmailSignature Signature,
    [property: Id(11)] IReadOnlyList<EmailAttachmentRef> Attachments,
    [property: Id(12)] IReadOnlyList<EmailResponseView> Responses,
    [property: Id(13)] bool Editable,
    [property: Id(14)] bool Sent,
    [property: Id(16)] string? CaseId,
    [property: Id(15)] IReadOnlyList<EmailKind> AllowedResponses)
{
    public EmailView WithoutBodies() => this with { TextBody = null, HtmlBody = null };
}

public enum EmailKind
{
    Received = 0,
    New = 1,
    Reply = 2,
    ReplyAll = 3,
    Forward = 4,
}

/// <summary>The S/MIME check of a received email (spec: "Secure email messages").</summary>
public enum EmailSignature
{
    None = 0,
    Verified = 1,
    Failed = 2,
}

/// <summary>A reply or forward created under an email.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailResponseView")]
public sealed record EmailResponseView([property: Id(0)] string InteractionId, [property: Id(1)] EmailKind Kind, [property: Id(2)] DateTimeOffset CreatedAt);

/// <summary>A file of an email, downloaded through the agent's CIC session.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailAttachmentDownload")]
public sealed record EmailAttachmentDownload(
    [property: Id(0)] Agents.CommandResult Result, [property: Id(1)] string? FileName = null, [property: Id(2)] string? ContentType = null,
    [property: Id(3)] byte[]? Content = null);
