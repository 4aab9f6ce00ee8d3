using PureConnect.Grains.Agents;

namespace PureConnect.AgentApi.Contracts;

// Views and commands of the signed-in agent (docs/agent-api.md, "Views" and "Commands"). Deliberately grouped.

/// <summary><c>GET /api/me</c>, and the <c>agent</c> of the event stream. Time in status is now − statusSince.</summary>
public sealed record MeResponse(
    string UserId,
    string? DisplayName,
    StationResponse? Station,
    string? StatusId,
    string? StatusText,
    string? Notes,
    string? ForwardNumber,
    DateTimeOffset? Until,
    DateTimeOffset? StatusSince,
    bool OnPhone,
    IReadOnlyList<string> Favorites,
    bool SessionActive,
    StationResponse? RememberedStation,
    long Version,
    RecordingRightsResponse? RecordingRights = null,
    bool AdvancedDialOpen = false,
    PureConnect.Grains.Agents.Presence.PresenceSyncView? PresenceSync = null,
    PureConnect.Grains.Dialer.DialerView? Dialer = null,
    string? StatusGroup = null,
    string? StatusIconUri = null);

/// <summary>One of the agent's interactions; <c>userId</c> names its owner (an interaction that left the agent shows another or none).</summary>
public sealed record InteractionResponse(
    string Key,
    string InteractionId,
    string Status,
    string Direction,
    string ObjectType,
    string RemoteAddress,
    string RemoteName,
    string? Workgroup,
    string? UserId,
    bool Muted,
    bool Internal,
    DateTimeOffset? FirstSeenAt,
    DateTimeOffset? ConnectedAt,
    DateTimeOffset? DisconnectedAt,
    string DisconnectedBy,
    bool Deallocated,
    long Version,
    WrapUpResponse? WrapUp = null,
    ScreenPopResponse? ScreenPop = null,
    CallLogResponse? CallLog = null,
    CallControlsResponse? Calls = null,
    PureConnect.Grains.Interactions.DialerCallSummary? Dialer = null,
    PureConnect.Grains.Interactions.Callbacks.CallbackView? Callback = null,
    ChatSummaryResponse? Chat = null,
    EmailSummaryResponse? Email = null);

/// <summary>The call log as the agent edits it (docs/agent-api.md, "Call log"): <c>subject</c> null means the default; <c>names</c>
/// and <c>relatedTo</c> are the choices from the screen pop; read-only once <c>editableUntil</c> has passed.</summary>
public sealed record CallLogResponse(
    string DefaultSubject,
    string? Subject,
    string? Comments,
    string? WhoId,
    string? WhatId,
    DateTimeOffset? EditableUntil,
    IReadOnlyList<CallLogRecordResponse> Names,
    IReadOnlyList<CallLogRecordResponse> RelatedTo,
    bool Edited);

public sealed record CallLogRecordResponse(string Id, string Type, string? Name);

/// <summary><c>PUT /api/me/interactions/{key}/call-log</c>: the whole editable set (null or empty clears a field; a null subject is the default).</summary>
public sealed record EditCallLogRequest(string? Subject, string? Comments, string? WhoId, string? WhatId);

/// <summary>The screen pop for an alerting call: <c>kind</c> <c>NewRecord</c>, <c>Record</c> or <c>SearchResults</c>, and the <c>url</c> to open.</summary>
public sealed record ScreenPopResponse(string Kind, string? RecordId, string? RecordType, string? RecordName, string SearchedNumber, int Matches, string? Url);

/// <summary>An interaction's wrap-up: <c>status</c> <c>Open</c> (show the form until <c>deadline</c>), <c>Assigned</c> or
/// <c>TimedOut</c> (then <c>code</c> is the ambiguous code).</summary>
public sealed record WrapUpResponse(string Status, IReadOnlyList<WrapUpCodeResponse> Codes, DateTimeOffset Deadline, string? Code, string? AssignedBy);

public sealed record WrapUpCodeResponse(string Id, string Label);

public sealed record AssignWrapUpRequest(string? Code);

public sealed record StatusResponse(
    string StatusId, string MessageText, string? IconUri, bool IsForwardStatus, bool CanHaveDate, bool CanHaveTime, bool IsFavorite);

public sealed record ChangeStatusRequest(string StatusId, string? Notes = null, string? ForwardNumber = null, DateTimeOffset? Until = null);

public sealed record FavoritesRequest(IReadOnlyList<string> StatusIds);

/// <summary><c>POST /api/me/calls</c>: a number; with <c>advancedOpen</c> the Advanced Dial section's <c>accountCode</c> and <c>workgroup</c>;
/// a click-to-dial's Salesforce record as <c>whoId</c>/<c>whatId</c> (associated with the call log).</summary>
public sealed record MakeCallRequest(string Number, bool? AdvancedOpen = null, string? AccountCode = null, string? Workgroup = null, string? WhoId = null,
    string? WhatId = null);

public sealed record CallResponse(string? InteractionId);

public sealed record AcceptedResponse(string? InteractionId = null);

/// <summary>The last event of <c>GET /api/me/events</c> when the agent's CIC session has ended; the stream then closes.</summary>
public sealed record LoggedOutResponse(string Message, string Reason)
{
    /// <summary>The event for a session that ended for <paramref name="reason"/> (a <see cref="LogoutReason"/> code).</summary>
    public static LoggedOutResponse For(string? reason)
    {
        var code = LogoutReason.CodeOf(reason);
        return new(code switch
        {
            LogoutReason.SessionEnded => "Your CIC session ended. Log in again.",
            LogoutReason.ServerRestarted => "The server restarted. Log in again.",
            LogoutReason.LoggedInElsewhere => "You logged in elsewhere, so this session was closed.",
            _ => "You logged out.",
        }, code);
    }
}

/// <summary>The first event of <c>GET /api/me/events</c>.</summary>
public sealed record SnapshotResponse(MeResponse Agent, IReadOnlyList<InteractionResponse> Interactions);

/// <summary>A workgroup you belong to and whether you take its ACD interactions.</summary>
public sealed record WorkgroupActivationResponse(string Workgroup, bool Activated);

/// <summary>Body of <c>PUT /api/me/workgroups/{workgroup}</c>.</summary>
public sealed record WorkgroupActivationRequest(bool? Activated);
