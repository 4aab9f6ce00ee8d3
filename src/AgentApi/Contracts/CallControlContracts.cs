namespace PureConnect.AgentApi.Contracts;

// Complete call handling (docs/agent-api.md, "Call controls"). Deliberately grouped.

/// <summary>An interaction's call controls for its owner: <c>recording</c> buttons (shown only with the agent's <c>recordingRights</c>),
/// the agent's <c>securePauseEndsAt</c> (count down to it), the consult in progress, the conference, assistance and Dialer flags.</summary>
public sealed record CallControlsResponse(
    RecordingControlsResponse Recording,
    DateTimeOffset? SecurePauseEndsAt,
    string? Consult,
    TransferTargetResponse? ConsultTarget,
    string? ConsultInteractionId,
    string? ConferenceId,
    int? ConferenceParties,
    bool AssistanceRequested,
    bool IsDialer,
    DateTimeOffset? TransferredAt);

public sealed record RecordingControlsResponse(bool RecordEnabled, bool RecordActive, bool SnipEnabled, bool SnipActive);

public sealed record RecordingRightsResponse(bool Record, bool Snip);

/// <summary><c>kind</c>: <c>User</c>, <c>Workgroup</c>, <c>AttendantProfile</c>, <c>OutsideNumber</c>.</summary>
public sealed record TransferTargetResponse(string Kind, string Address);

/// <summary><c>POST /api/me/interactions/{key}/transfer</c>: <c>mode</c> <c>blind</c> or <c>consult</c>; the target as the directory search
/// returned it (<c>kind</c>, <c>id</c>), or typed digits with <c>dialAsDigits</c>.</summary>
public sealed record TransferRequest(string? Mode, string? Kind, string? Target, bool DialAsDigits = false);

public sealed record DigitsRequest(string? Digits);

public sealed record AssistanceRequest(string? Message);

/// <summary><c>POST /api/me/conferences</c>: the call dragged (<c>draggedKey</c>) onto another call or a conference (<c>ontoKey</c>).</summary>
public sealed record ConferenceRequest(string? OntoKey, string? DraggedKey);

public sealed record DirectoryMatchResponse(string Kind, string Id, string DisplayName, string? Extension, string? StatusId, bool? OnPhone, bool? LoggedIn,
    string? StatusText = null);

public sealed record DirectoryResponse(IReadOnlyList<DirectoryMatchResponse> Matches, bool MoreAvailable);

public sealed record AdvancedDialResponse(bool AccountCodesEnabled, IReadOnlyList<AccountCodeResponse> AccountCodes, IReadOnlyList<string> Workgroups, bool Open);

public sealed record AccountCodeResponse(string Id, string Description);

/// <summary>A line of the Call History view; <c>kind</c> <c>Missed</c>, <c>Outgoing</c>, <c>Answered</c>, <c>Forwarded</c> or <c>Ringing</c>.</summary>
public sealed record CallHistoryResponse(string InteractionId, string Name, string Number, DateTimeOffset At, int DurationSeconds, string Direction, string Kind);
