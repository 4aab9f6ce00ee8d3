using PureConnect.Grains.EventSourcing;

namespace PureConnect.Grains.Interactions;

/// <summary>
/// The agent saved the call log's editable fields (spec: Call log details: Comments, Name, Related To, Subject). The event
/// carries the whole editable set: a null <paramref name="Subject"/> means the default subject, a null
/// <paramref name="WhoId"/>/<paramref name="WhatId"/> no association. Judged against the edit window at its own time.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallLogEdited"), EventType("V1.CallLogEdited")]
public sealed record CallLogEdited(
    string UserId,
    string? Subject,
    string? Comments,
    string? WhoId,
    string? WhatId,
    DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>The agent <paramref name="UserId"/> saves the call log's editable fields (the whole set, see <see cref="CallLogEdited"/>).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EditCallLog")]
public sealed record EditCallLog(string UserId, string? Subject, string? Comments, string? WhoId, string? WhatId);

/// <summary>A Salesforce record a call log can name: a person (<c>Contact</c>, <c>Lead</c>) for Name, anything else for Related To.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallLogRecord")]
public sealed record CallLogRecord(string Id, string Type, string? Name)
{
    /// <summary>Salesforce's Task.WhoId takes Contacts and Leads; WhatId everything else.</summary>
    public bool IsPerson => Type is "Contact" or "Lead";

    /// <summary>A Lead as Name cannot have a Related To (Salesforce refuses the Task). Lead ids start with <c>00Q</c>.</summary>
    public static bool IsLeadId(string? id) => id is not null && id.StartsWith("00Q", StringComparison.Ordinal);
}

/// <summary>
/// The call log as the agent edits it: the saved fields (or, before any edit, the record a single screen-pop match
/// associated), the choices for Name and Related To (the screen-pop matches), and until when it may change
/// (null while the call is live; read-only once <see cref="EditableUntil"/> has passed).
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallLogView")]
public sealed record CallLogView(
    string? Subject,
    string? Comments,
    string? WhoId,
    string? WhatId,
    DateTimeOffset? EditableUntil,
    IReadOnlyList<CallLogRecord> Names,
    IReadOnlyList<CallLogRecord> RelatedTo,
    bool Edited);

/// <summary>Click-to-dial from a Salesforce record (spec: "auto-associates that Salesforce record ... to the call log"): the record names the
/// call log until the agent saves other choices.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallLogAssociated"), EventType("V1.CallLogAssociated")]
public sealed record CallLogAssociated(string? WhoId, string? WhatId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);
