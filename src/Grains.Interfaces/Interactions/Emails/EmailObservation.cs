namespace PureConnect.Grains.Interactions.Emails;

/// <summary>What one <c>emailContentsMessage</c> said about an email, as the ingest passes it on (channels facts §2.2). Attachments
/// are named by id (their download is a separate request), never carried.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailObservation")]
public sealed record EmailObservation(
    [property: Id(0)] EmailContentsView Contents,
    [property: Id(1)] DateTimeOffset ObservedAt);

/// <summary>An email's contents: <see cref="Kind"/> 0 received, 1 new, 2 reply, 3 reply all, 4 forward (CIC's <c>emailType</c>);
/// <see cref="SignatureStatus"/> null when unsigned, 0 verified, anything else a failed check.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailContentsView")]
public sealed record EmailContentsView(
    [property: Id(0)] string? ParentInteractionId,
    [property: Id(1)] string? ConversationId,
    [property: Id(2)] int Kind,
    [property: Id(3)] bool Editable,
    [property: Id(4)] IReadOnlyList<int> SupportedResponseTypes,
    [property: Id(5)] string Subject,
    [property: Id(6)] EmailAddressView Sender,
    [property: Id(7)] IReadOnlyList<EmailAddressView> To,
    [property: Id(8)] IReadOnlyList<EmailAddressView> Cc,
    [property: Id(9)] IReadOnlyList<EmailAddressView> Bcc,
    [property: Id(10)] IReadOnlyList<EmailAddressView> ReplyTo,
    [property: Id(11)] string? TextBody,
    [property: Id(12)] string? HtmlBody,
    [property: Id(13)] DateTimeOffset ReceivedAt,
    [property: Id(14)] int? SignatureStatus,
    [property: Id(15)] IReadOnlyList<EmailAttachmentRef> Attachments)
{
    /// <summary>Value equality over the lists too (records compare lists by reference).</summary>
    public bool SameAs(EmailContentsView other) =>
        this with { SupportedResponseTypes = [], To = [], Cc = [], Bcc = [], ReplyTo = [], Attachments = [] }
            == other with { SupportedResponseTypes = [], To = [], Cc = [], Bcc = [], ReplyTo = [], Attachments = [] }
        && SupportedResponseTypes.SequenceEqual(other.SupportedResponseTypes) && To.SequenceEqual(other.To) && Cc.SequenceEqual(other.Cc)
        && Bcc.SequenceEqual(other.Bcc) && ReplyTo.SequenceEqual(other.ReplyTo) && Attachments.SequenceEqual(other.Attachments);
}

[GenerateSerializer, Immutable, Alias("PureConnect.EmailAddressView")]
public sealed record EmailAddressView([property: Id(0)] string DisplayName, [property: Id(1)] string? Address);

/// <summary>An attachment by reference: CIC's id for it, its file name, and its Content-ID when it is an inline part.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailAttachmentRef")]
public sealed record EmailAttachmentRef([property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] string? ContentId);
