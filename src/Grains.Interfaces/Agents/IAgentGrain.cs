using Orleans.Concurrency;

namespace PureConnect.Grains.Agents;

/// <summary>
/// One agent, keyed by CIC user id. Holds the agent's own ICWS session for commands, and the agent's
/// observed state (status, station, queue). Commands go to CIC; their effects come back through the ingest.
/// </summary>
public interface IAgentGrain : IGrainWithStringKey
{
    /// <summary>Logs in and connects a station in one call, skipping the agreement (for tools and tests); prefer the steps below.</summary>
    Task<CommandResult> LogInAsync(LogIn command);

    /// <summary>Opens the agent's CIC session and answers the next step (agreement, password change, station, or ready
    /// when a remembered station was connected).</summary>
    Task<LoginProgress> BeginLogInAsync(BeginLogIn command);

    Task<LoginProgress> AcceptAgreementAsync();

    /// <summary>Declining the user agreement abandons the login: the CIC session is closed.</summary>
    Task<LoginProgress> DeclineAgreementAsync();

    /// <summary>Changes the password: the step after an expired password, or at any time while logged in.</summary>
    Task<LoginProgress> ChangePasswordAsync(ChangePassword command);

    /// <summary>Connects (or changes) the station; remembers it, or forgets the remembered one.</summary>
    Task<LoginProgress> SelectStationAsync(SelectStation command);

    Task<LoginProgress> GetLoginProgressAsync();

    /// <summary>The statuses this agent may use, favorites first then by text, optionally filtered by <paramref name="search"/>.</summary>
    Task<IReadOnlyList<StatusOption>> GetStatusesAsync(string? search);

    /// <summary>Replaces the agent's favorite statuses (kept as events, so they survive restarts).</summary>
    Task<CommandResult> SetFavoritesAsync(IReadOnlyList<string> statusIds);
    Task<CommandResult> LogOutAsync();
    Task<CommandResult> ChangeStatusAsync(ChangeStatus command);
    Task<CommandResult> ControlAsync(string interactionKey, CallControl control);
    Task<CommandResult> MakeCallAsync(MakeCall command);

    /// <summary>The ingest saw a user status for this agent.</summary>
    Task ObserveStatusAsync(AgentStatusObservation observation);

    /// <summary>The agent's current Omni-Channel presence as the org reports it (Omni → CIC sync; no browser needed).</summary>
    Task ObserveOmniPresenceAsync(Presence.OmniPresenceObservation seen);

    /// <summary>The agent's console applied presence request <paramref name="requestId"/> through the Omni-Channel toolkit.
    /// Fails with <c>presence.staleRequest</c>, <c>presence.held</c> or <c>presence.mismatch</c>.</summary>
    Task<CommandResult> ConfirmOmniPresenceAsync(string requestId, Presence.OmniPresenceObservation applied);

    /// <summary>The Omni-Channel sync of this agent: the presence Omni shows and the request waiting for the console.</summary>
    Task<Presence.PresenceSyncView> GetPresenceSyncAsync();

    /// <summary>CIC's status catalogue changed (from the ingest): the agent's status list follows, and connected clients get it.</summary>
    Task ObserveStatusCatalogAsync(StatusCatalogChange change);

    /// <summary>Delta on the agent's user queue.</summary>
    Task ObserveQueueAsync(IReadOnlyList<QueueEntry> added, IReadOnlyList<string> removedKeys, DateTimeOffset observedAt);

    /// <summary>
    /// A full queue snapshot (after a (re)subscription): what is new joins the agent's queue, what is no longer there
    /// leaves it. Leaving this agent's queue is not the end of an interaction (it may be back in its workgroup queue or
    /// on another agent's): the interactions are not closed here; the removed entries are returned so that the ingest can
    /// confirm with CIC which of them ended.
    /// </summary>
    Task<IReadOnlyList<QueueEntry>> ReconcileQueueAsync(IReadOnlyList<QueueEntry> present, DateTimeOffset observedAt);

    Task<AgentView> GetViewAsync();

    /// <summary>Interaction Dialer log-in: null logs in to Dialer, "*" to every available campaign, else to that campaign;
    /// then ready for calls.</summary>
    Task<CommandResult> DialerLogInAsync(string? campaignId);

    /// <summary>Asks to log off these campaigns (none: Dialer altogether); granted once the last call is dispositioned.</summary>
    Task<CommandResult> DialerLogOffAsync(IReadOnlyList<string> campaignIds);

    /// <summary>Back to Available for campaign calls.</summary>
    Task<CommandResult> DialerReadyAsync();

    Task<CommandResult> DialerRequestBreakAsync();

    Task<CommandResult> DialerEndBreakAsync();

    /// <summary>Dispositions the campaign call waiting for one (with a scheduled callback when the disposition asks for it).</summary>
    Task<CommandResult> DialerDispositionAsync(Dialer.SubmitDisposition command);

    Task<CommandResult> DialerPlacePreviewAsync();

    Task<CommandResult> DialerSkipAsync();

    /// <summary>A workgroup's wrap-up settings, read on the agent's own CIC session; null without a session or when CIC
    /// does not say. Interleaves: interaction grains ask it while this grain may be waiting on them (queue reconcile),
    /// and it reads only the in-memory session.</summary>
    [AlwaysInterleave]
    Task<Interactions.WrapUpSettings?> GetWrapUpSettingsAsync(string workgroup);

    /// <summary>Sends a wrap-up assignment to CIC on the agent's own session (called by the interaction grain, which
    /// decided it). Interleaves for the same reason as <see cref="GetWrapUpSettingsAsync"/>.</summary>
    [AlwaysInterleave]
    Task<CommandResult> SubmitWrapUpAsync(string interactionId, string code, DateTimeOffset at);

    /// <summary>An interaction of this agent has an open wrap-up (or no longer has one); it stays in the agent's list
    /// of interactions until then, even after CIC deallocated it. One-way: the interaction grain never waits on it.</summary>
    [OneWay]
    Task NoteWrapUpAsync(string key, string interactionId, bool open);

    /// <summary>A campaign call left this agent's queue while it was still alerting (spec: "ACD – Not Answering"): the
    /// agent's Dialer no longer owes it a disposition. One-way: the interaction grain never waits on it.</summary>
    [OneWay]
    Task ObserveDialerCallNotAnsweredAsync(string interactionId, DateTimeOffset observedAt);

    /// <summary>Carries out a call-control request an interaction grain decided, on the agent's own CIC session. Interleaves (see
    /// <see cref="GetWrapUpSettingsAsync"/>).</summary>
    [AlwaysInterleave]
    Task<IcwsCallResult> ExecuteIcwsAsync(IcwsCall call);

    /// <summary>An email request an interaction grain decided, on the agent's own session (the result's id: a new draft's).</summary>
    Task<CommandResult> ExecuteEmailAsync(Interactions.Emails.EmailCall call);

    /// <summary>An attachment of an email, downloaded with the agent's own session.</summary>
    Task<Interactions.Emails.EmailAttachmentDownload> DownloadEmailAttachmentAsync(string interactionId, string attachmentId);

    /// <summary>The agent's recording rights as CIC reports them (read once per session). Interleaves.</summary>
    [AlwaysInterleave]
    Task<Calls.RecordingRights> GetRecordingRightsAsync();

    /// <summary>Merges the call <paramref name="draggedKey"/> onto <paramref name="ontoKey"/> (spec: "Start a conference by dragging one call on
    /// to another"); onto a conference, the call joins it. Fails with <c>interaction.notFound</c> or a <c>conference.*</c> refusal.</summary>
    Task<CommandResult> ConferenceAsync(string ontoKey, string draggedKey);

    /// <summary>The transfer dialog's type-ahead over the CIC directory.</summary>
    Task<DirectorySearchView> SearchDirectoryAsync(string text, int maxResults);

    Task<AdvancedDialOptions> GetAdvancedDialOptionsAsync();

    /// <summary>The workgroups the agent belongs to and their activation, as CIC has them now.</summary>
    Task<WorkgroupActivationsResult> GetWorkgroupActivationsAsync();

    /// <summary>Activates or deactivates the agent in one workgroup (spec: "Change your workgroup activation status"); fails with a
    /// <c>workgroup.*</c> refusal (not a member, no "Activate self" right, a bad name) or a CIC error.</summary>
    Task<WorkgroupActivationsResult> SetWorkgroupActivationAsync(string workgroup, bool activated);

    /// <summary>Make a call with the Advanced Dial section open or closed (remembered); fails with a <c>dial.*</c> refusal. A click-to-dial's
    /// Salesforce record (<paramref name="whoId"/>, <paramref name="whatId"/>) is associated with the call log when the call reaches the queue.</summary>
    Task<CommandResult> DialAsync(Calls.DialNumber command, string? whoId = null, string? whatId = null);

    /// <summary>Dials a disconnected call's number again as a plain call (the Advanced Dial section's memory is left alone); fails with
    /// <c>interaction.notFound</c> (not the agent's) or <c>call.notDisconnected</c>.</summary>
    Task<CommandResult> RedialAsync(string interactionKey);

    Task<IReadOnlyList<Calls.CallHistoryEntry>> GetCallHistoryAsync(Calls.CallHistoryFilter filter);

    /// <summary>An interaction of this agent ended: a line of the call history. One-way: the interaction grain never waits on it.</summary>
    [OneWay]
    Task RecordCallAsync(CallHistoryLine call);

    /// <summary>The Response Management libraries the agent may use, the personal one ("My Responses") first, as CIC has them
    /// now; not available (with the reason) without a CIC session, without the right, or when CIC fails.</summary>
    Task<Responses.ResponseLibrariesView> GetResponseLibrariesAsync();

    /// <summary>Edits the personal library and saves it to CIC whole; refused with a <c>responses.*</c> code or a CIC error.</summary>
    Task<Responses.PersonalEditResult> EditPersonalResponsesAsync(Responses.PersonalResponseCommand command);

    /// <summary>Starts an intercom chat with another logged-in CIC user (spec: "Start an intercom chat"); refused with
    /// <c>chat.targetNotLoggedIn</c> (offer Chat Mail), <c>chat.userNotFound</c>, <c>chat.self</c>, <c>chat.invalidUser</c>,
    /// <c>chat.forbidden</c>, <c>chat.targetCannotChat</c> or a CIC error.</summary>
    Task<IntercomChatStarted> StartIntercomChatAsync(string targetUserId);

    /// <summary>Leaves a Chat Mail (e-mailed by CIC) for a user, typically one who is not logged in; refused like
    /// <see cref="StartIntercomChatAsync"/> or for the text (<c>chat.emptyText</c>, <c>chat.invalidText</c>, <c>chat.textTooLong</c>).</summary>
    Task<CommandResult> SendChatMailAsync(string targetUserId, string text);
    /// <summary>A workgroup's queue as CIC has it now, filtered and limited (spec: "Workgroup Queues view", "Filter a Queue View");
    /// fails with <c>workgroupQueue.notFound</c>, <c>workgroupQueue.noViewRight</c> or a CIC error.</summary>
    Task<WorkgroupQueueResult> GetWorkgroupQueueAsync(WorkgroupQueueQuery query);

    /// <summary>Picks up an interaction waiting in a workgroup's queue into the agent's own queue; fails with <c>workgroupQueue.taken</c>
    /// (someone has it, or it is gone), <c>workgroupQueue.noModifyRight</c>, <c>workgroupQueue.notFound</c> or <c>workgroupQueue.noViewRight</c>.</summary>
    Task<CommandResult> PickupFromWorkgroupQueueAsync(string workgroup, string interactionId);

    /// <summary>The agent's own voicemail box, newest first, with the count of unheard messages (spec: "Voicemail view").</summary>
    Task<VoicemailBoxResult> GetVoicemailAsync();

    /// <summary>Plays a message of the agent's box to their station (<paramref name="number"/> null) or to a number; it becomes read. Fails with
    /// <c>voicemail.notFound</c> (not in the agent's box), <c>voicemail.invalidNumber</c> or <c>voicemail.noStation</c>.</summary>
    Task<CommandResult> PlayVoicemailAsync(string messageId, string? number);

    Task<CommandResult> StopVoicemailAsync(string messageId);

    Task<CommandResult> DeleteVoicemailAsync(string messageId);

    Task<CommandResult> MarkVoicemailAsync(string messageId, bool read);

    /// <summary>The audio file of a message of the agent's box.</summary>
    Task<VoicemailFileResult> DownloadVoicemailAsync(string messageId);
}
