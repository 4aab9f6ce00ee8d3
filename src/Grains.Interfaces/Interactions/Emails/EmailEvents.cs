using PureConnect.Grains.EventSourcing;

namespace PureConnect.Grains.Interactions.Emails;

// What happened to an email (spec: "Email"). Attachments are referenced by id, never inlined. Deliberately grouped.

/// <summary>CIC reported the email's contents (first seen, or changed: a draft saved, a file attached).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailContentsObserved"), EventType("V1.EmailContentsObserved")]
public sealed record EmailContentsObserved(EmailContentsView Contents, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>The owner created a reply, reply all or forward (<paramref name="Kind"/> 2, 3, 4) of this email: the draft
/// <paramref name="ResponseInteractionId"/> belongs under it.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailResponseCreated"), EventType("V1.EmailResponseCreated")]
public sealed record EmailResponseCreated(string UserId, string ResponseInteractionId, int Kind, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>The owner saved this draft: recipients, subject and bodies as they were saved.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailDraftSaved"), EventType("V1.EmailDraftSaved")]
public sealed record EmailDraftSaved(
    string UserId, IReadOnlyList<EmailAddressView> To, IReadOnlyList<EmailAddressView> Cc, IReadOnlyList<EmailAddressView> Bcc, string Subject,
    string? TextBody, string? HtmlBody, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>The owner attached a file to this draft (its bytes went to CIC; only its name and size are kept).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailAttachmentUploaded"), EventType("V1.EmailAttachmentUploaded")]
public sealed record EmailAttachmentUploaded(string UserId, string FileName, string ContentType, long Length, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>The owner took attachment <paramref name="AttachmentId"/> off this draft.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailAttachmentRemoved"), EventType("V1.EmailAttachmentRemoved")]
public sealed record EmailAttachmentRemoved(string UserId, string AttachmentId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>An email-to-case email: the Salesforce Case it belongs to (the Object Routing Connector's attribute).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailCaseObserved"), EventType("V1.EmailCaseObserved")]
public sealed record EmailCaseObserved(string CaseId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>CIC's outbound mailbox accepted this draft for sending.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailSent"), EventType("V1.EmailSent")]
public sealed record EmailSent(string UserId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);
