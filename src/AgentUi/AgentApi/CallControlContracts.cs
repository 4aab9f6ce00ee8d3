namespace PureConnect.AgentUi.AgentApi;

// Complete call handling (docs/agent-api.md, "Call controls"). Deliberately grouped.

/// <summary>An interaction's call controls: the recording buttons, this agent's secure pause, the consult in progress (<see cref="Consult"/>
/// <c>Consulting</c>, <c>Both</c> or <c>Neither</c>), the conference it belongs to or counts, assistance and Dialer flags.</summary>
public sealed record CallControlsInfo(
    RecordingControlsInfo Recording,
    DateTimeOffset? SecurePauseEndsAt,
    string? Consult,
    TransferTargetInfo? ConsultTarget,
    string? ConsultInteractionId,
    string? ConferenceId,
    int? ConferenceParties,
    bool AssistanceRequested,
    bool IsDialer,
    DateTimeOffset? TransferredAt);

public sealed record RecordingControlsInfo(bool RecordEnabled, bool RecordActive, bool SnipEnabled, bool SnipActive);

/// <summary>Which recording buttons the agent sees: Record with the Record Interactions right, Snip with Snip Interactions and Recorder Access.</summary>
public sealed record RecordingRightsInfo(bool Record, bool Snip);

/// <summary><see cref="Kind"/>: <c>User</c>, <c>Workgroup</c>, <c>AttendantProfile</c> or <c>OutsideNumber</c>.</summary>
public sealed record TransferTargetInfo(string Kind, string Address);

/// <summary><c>POST /api/me/interactions/{key}/transfer</c>: <see cref="Mode"/> <c>blind</c> or <c>consult</c>.</summary>
public sealed record TransferRequest(string Mode, string Kind, string Target, bool DialAsDigits = false);

public sealed record DigitsRequest(string Digits);

public sealed record AssistanceRequest(string Message);

/// <summary><c>POST /api/me/conferences</c>: the call dragged onto another call or a conference.</summary>
public sealed record ConferenceRequest(string OntoKey, string DraggedKey);

/// <summary>A type-ahead match of <c>GET /api/me/directory</c>; status and on-phone only for users.</summary>
public sealed record DirectoryMatch(string Kind, string Id, string DisplayName, string? Extension, string? StatusId, bool? OnPhone, bool? LoggedIn,
    string? StatusText = null);

public sealed record DirectoryResult(IReadOnlyList<DirectoryMatch> Matches, bool MoreAvailable);

/// <summary><c>GET /api/me/advanced-dial</c>.</summary>
public sealed record AdvancedDialInfo(bool AccountCodesEnabled, IReadOnlyList<AccountCodeItem> AccountCodes, IReadOnlyList<string> Workgroups, bool Open);

public sealed record AccountCodeItem(string Id, string Description);

/// <summary>A line of <c>GET /api/me/call-history</c>; <see cref="Kind"/> <c>Missed</c>, <c>Outgoing</c>, <c>Answered</c>, <c>Forwarded</c> or <c>Ringing</c>.</summary>
public sealed record CallHistoryItem(string InteractionId, string Name, string Number, DateTimeOffset At, int DurationSeconds, string Direction, string Kind);

/// <summary>A workgroup the agent belongs to and whether they take its ACD interactions.</summary>
public sealed record WorkgroupActivationItem(string Workgroup, bool Activated);

public sealed record WorkgroupActivationChange(bool Activated);
