namespace PureConnect.AgentUi.AgentApi;

// The softphone's wire contracts (docs/agent-api.md, "Views" and "Commands").

/// <summary><c>GET /api/me</c> and the <c>agent</c> event. Time in status is now − <see cref="StatusSince"/>.</summary>
public sealed record AgentMe(
    string UserId,
    string? DisplayName,
    StationInfo? Station,
    string? StatusId,
    string? StatusText,
    string? Notes,
    string? ForwardNumber,
    DateTimeOffset? Until,
    DateTimeOffset? StatusSince,
    bool OnPhone,
    IReadOnlyList<string>? Favorites,
    StationInfo? RememberedStation,
    RecordingRightsInfo? RecordingRights = null,
    bool AdvancedDialOpen = false,
    PresenceSyncInfo? PresenceSync = null,
    DialerInfo? Dialer = null,
    string? StatusGroup = null,
    string? StatusIconUri = null);

/// <summary>The Omni-Channel sync (<c>GET /api/me/omni-presence</c>, <c>presenceSync</c> of the agent): the presence request the console
/// should apply with the Omni-Channel toolkit (<see cref="PendingHeldForCall"/>: it waits for the call to end).</summary>
public sealed record PresenceSyncInfo(
    bool Enabled,
    string? OmniStatusId,
    string? PendingRequestId,
    string? PendingOmniStatusId,
    bool PendingHeldForCall,
    DateTimeOffset? PendingSince);

/// <summary><c>POST /api/me/omni-presence/confirmations</c>.</summary>
public sealed record PresenceConfirmation(string RequestId, string StatusId);

/// <summary>A station the agent is logged in to (or remembered).</summary>
public sealed record StationInfo(string Kind, string? StationId, string? RemoteNumber, bool Persistent)
{
    /// <summary>What the agent recognises: the station name or the remote number.</summary>
    public string Display => StationId ?? RemoteNumber ?? "";
}

/// <summary>An interaction (<c>GET /api/me/interactions</c> and the <c>interaction</c> event).</summary>
public sealed record InteractionItem(
    string Key,
    string InteractionId,
    string Status,
    string? Direction,
    string? RemoteAddress,
    string? RemoteName,
    string? Workgroup,
    bool Muted,
    DateTimeOffset? FirstSeenAt,
    DateTimeOffset? ConnectedAt,
    DateTimeOffset? DisconnectedAt,
    bool Deallocated,
    long Version,
    WrapUpInfo? WrapUp = null,
    ScreenPopInfo? ScreenPop = null,
    CallLogInfo? CallLog = null,
    CallControlsInfo? Calls = null,
    string? ObjectType = null,
    string? UserId = null,
    CallbackInfo? Callback = null,
    ChatSummary? Chat = null,
    EmailSummary? Email = null);

/// <summary>What an interaction carries of its chat (docs/agent-api.md, "Chats"): the red unread count and the members with their typing
/// indicator; the transcript is read with <c>GET .../chat</c>.</summary>
public sealed record ChatSummary(int Unread, IReadOnlyList<ChatMember> Members);

/// <summary><see cref="Party"/>: Visitor, Agent (the owner), OtherUser or System.</summary>
public sealed record ChatMember(string MemberId, string DisplayName, string Party, bool Typing);

/// <summary>A chat's transcript, oldest first (reading it clears the unread count).</summary>
public sealed record ChatTranscript(IReadOnlyList<ChatEntry> Transcript, IReadOnlyList<ChatMember> Members, int Unread);

/// <summary><see cref="IsFile"/>: a file sent into the chat, <see cref="Text"/> its name.</summary>
public sealed record ChatEntry(string MemberId, string DisplayName, string Party, string Text, DateTimeOffset SentAt, bool IsFile = false);

public sealed record ChatTextRequest(string Text);

/// <summary>A File response to send to a web chat's visitor or to attach to an email draft (<c>{ responseId }</c>).</summary>
public sealed record ChatResponseFileRequest(string ResponseId);

public sealed record ChatTypingRequest(bool Typing);

/// <summary>A callback's information form (docs/agent-api.md, "Callbacks"): the requester's number and message, the retries, the call
/// placed from it, the outcome, and which of the phone, Complete, Retry and Failure buttons the server allows now.</summary>
public sealed record CallbackInfo(
    string Phone,
    string Message,
    int Attempts,
    int? MaxAttempts,
    string? CallId,
    string? Outcome,
    bool CanCallNumber,
    bool CanComplete,
    bool CanRetry,
    bool CanFail);

/// <summary>The call log (docs/agent-api.md, "Call log"): <see cref="Subject"/> null means <see cref="DefaultSubject"/>; the choices for Name
/// and Related To come from the screen pop; read-only once <see cref="EditableUntil"/> has passed (null while the call is live).</summary>
public sealed record CallLogInfo(
    string DefaultSubject,
    string? Subject,
    string? Comments,
    string? WhoId,
    string? WhatId,
    DateTimeOffset? EditableUntil,
    IReadOnlyList<CallLogRecordItem> Names,
    IReadOnlyList<CallLogRecordItem> RelatedTo,
    bool Edited);

public sealed record CallLogRecordItem(string Id, string Type, string? Name);

/// <summary><c>PUT /api/me/interactions/{key}/call-log</c>: the whole editable set.</summary>
public sealed record CallLogChange(string? Subject, string? Comments, string? WhoId, string? WhatId);

/// <summary>Where the screen pop leads: <see cref="Kind"/> <c>Record</c> (<see cref="RecordId"/>, <see cref="RecordName"/>), <c>NewRecord</c>
/// or <c>SearchResults</c> (<see cref="SearchedNumber"/>).</summary>
public sealed record ScreenPopInfo(string Kind, string? RecordName, int Matches, string? Url, string? RecordId = null, string? RecordType = null,
    string? SearchedNumber = null);

/// <summary>An interaction's wrap-up: <see cref="Status"/> <c>Open</c> (the form shows until <see cref="Deadline"/>),
/// <c>Assigned</c> or <c>TimedOut</c>.</summary>
public sealed record WrapUpInfo(string Status, IReadOnlyList<WrapUpCodeItem> Codes, DateTimeOffset Deadline, string? Code);

public sealed record WrapUpCodeItem(string Id, string Label);

/// <summary><c>POST /api/me/interactions/{key}/wrap-up</c>.</summary>
public sealed record WrapUpRequest(string Code);

/// <summary>A status this agent may use (<c>GET /api/statuses</c>).</summary>
public sealed record StatusItem(
    string StatusId,
    string MessageText,
    string? IconUri,
    bool IsForwardStatus,
    bool CanHaveDate,
    bool CanHaveTime,
    bool IsFavorite);

/// <summary><c>PUT /api/me/status</c>.</summary>
public sealed record StatusChange(string StatusId, string? Notes, string? ForwardNumber, DateTimeOffset? Until);

/// <summary><c>PUT /api/me/favorites</c>.</summary>
public sealed record FavoritesChange(IReadOnlyList<string> StatusIds);

/// <summary><c>POST /api/me/calls</c>: with <see cref="AdvancedOpen"/> the Advanced Dial section's choices (the open state is remembered);
/// <see cref="WhoId"/>/<see cref="WhatId"/> name the call log (click-to-dial from a Salesforce record).</summary>
public sealed record MakeCallRequest(string Number, bool? AdvancedOpen = null, string? AccountCode = null, string? Workgroup = null,
    string? WhoId = null, string? WhatId = null);

/// <summary>The answer of <c>POST /api/me/calls</c>.</summary>
public sealed record CallPlaced(string? InteractionId);

/// <summary>The <c>snapshot</c> event, first on every event stream.</summary>
public sealed record AgentSnapshot(AgentMe Agent, IReadOnlyList<InteractionItem> Interactions);

/// <summary>The <c>loggedOut</c> event, last on a stream whose CIC session ended: <see cref="Reason"/> is <c>sessionEnded</c>,
/// <c>serverRestarted</c>, <c>loggedInElsewhere</c> or <c>loggedOut</c>.</summary>
public sealed record LoggedOutEvent(string? Message, string? Reason);

/// <summary><c>POST /api/me/intercom-chats</c>: the CIC user to chat with.</summary>
public sealed record IntercomChatRequest(string UserId);

/// <summary>The answer of <c>POST /api/me/intercom-chats</c>: the new chat's interaction id and key.</summary>
public sealed record IntercomChatStarted(string InteractionId, string Key);

/// <summary><c>POST /api/me/chat-mail</c>: a message e-mailed to a user who is not logged in.</summary>
public sealed record ChatMailRequest(string UserId, string Text);
