namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>The email side of an email interaction (channels facts §2): headers, bodies, attachments, the conversation it belongs
/// to, and the sessions subscribed to its contents. An ACD-routed email has no parent; a reply, reply-all or forward is a draft
/// the agent edits, saves and sends.</summary>
internal sealed class EmailDocument
{
    public required EmailKind Kind { get; init; }

    public string? ParentId { get; init; }

    public required string ConversationId { get; init; }

    public required EmailParty Sender { get; set; }

    public List<EmailParty> To { get; set; } = [];

    public List<EmailParty> Cc { get; set; } = [];

    public List<EmailParty> Bcc { get; set; } = [];

    public List<EmailParty> ReplyTo { get; set; } = [];

    public string Subject { get; set; } = "";

    public string? Text { get; set; }

    public string? Html { get; set; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The S/MIME signature check: 0 verified, 1 message modified (…, facts §2.2); null when not signed.</summary>
    public int? SignatureStatus { get; init; }

    public List<EmailFile> Attachments { get; } = [];

    public List<string> Children { get; } = [];

    public bool Edited { get; set; }

    public bool Sent { get; set; }

    public bool IsDraft => Kind != EmailKind.None;

    public HashSet<Session> Subscribers { get; } = [];

    /// <summary>Uploads announced by <c>attachments/file/upload</c> whose bytes have not come yet, by request id.</summary>
    public Dictionary<string, PendingUpload> Uploads { get; } = new(StringComparer.Ordinal);
}

/// <summary><c>emailType</c> (facts §2.2): 0 none (a received email), 1 new, 2 reply, 3 reply all, 4 forward.</summary>
public enum EmailKind
{
    None = 0,
    New = 1,
    Reply = 2,
    ReplyAll = 3,
    Forward = 4,
}

internal sealed record EmailParty(string DisplayName, string Address);

internal sealed record EmailFile(string Id, string Name, string ContentType, byte[] Content, string? ContentId);

internal sealed record PendingUpload(string RequestId, string FileName, bool Inline, string? ContentId, Session Session);

/// <summary>An email the outbound mailbox sent (control API, for tests).</summary>
public sealed record SentEmail(
    string InteractionId, string? ParentInteractionId, string Type, string From, IReadOnlyList<string> To, IReadOnlyList<string> Cc,
    IReadOnlyList<string> Bcc, string Subject, string? Text, string? Html, IReadOnlyList<SentAttachment> Attachments, DateTimeOffset SentAt);

public sealed record SentAttachment(string Name, string ContentType, int Length);
