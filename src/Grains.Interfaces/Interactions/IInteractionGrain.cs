namespace PureConnect.Grains.Interactions;

/// <summary>
/// One interaction on the CIC server. Key: the interaction key (ICWS <c>Eic_CallIdKey</c>, unique over time;
/// the 10-digit interaction id is reused by CIC). Fed by the ingest; never fakes an outcome.
/// </summary>
public interface IInteractionGrain : IGrainWithStringKey
{
    /// <summary>Applies what the ingest observed. Observations that change nothing append nothing.</summary>
    Task ObserveAsync(InteractionObservation observation);

    /// <summary>
    /// The interaction left the user queue of <paramref name="userId"/>: deallocated when it had ended,
    /// otherwise no longer assigned to that user (for example an ACD call returned to its workgroup).
    /// </summary>
    Task ObserveRemovedAsync(string userId, DateTimeOffset observedAt);

    /// <summary>
    /// The interaction left the watched queues while the event channel was down and CIC confirmed that it ended (a
    /// look-up found it gone or disconnected). Closes it as <see cref="DisconnectedBy.Unobserved"/> if it was still open;
    /// a later live observation reopens it.
    /// </summary>
    Task CloseUnobservedAsync(DateTimeOffset observedAt);

    /// <summary>Records the screen-pop decision the CRM projector made for this call (the first one only).</summary>
    Task RecordScreenPopAsync(ScreenPopView decision);

    Task<InteractionView> GetViewAsync();

    /// <summary>Records the Dialer side of a campaign call, from the agent's Dialer session: a <see cref="DialerDataPopRecorded"/>
    /// or a <see cref="DialerDispositionRecorded"/>, each once.</summary>
    Task RecordDialerAsync(InteractionEvent fact);

    /// <summary>Saves the call log's Comments, Subject, Name and Related To while the edit window is open. Fails with
    /// <c>interaction.notFound</c> (not the agent's), <c>callLog.none</c> (never connected), <c>callLog.locked</c> (window passed),
    /// <c>callLog.invalid</c> or <c>callLog.leadWithRelatedTo</c>.</summary>
    Task<Agents.CommandResult> EditCallLogAsync(EditCallLog command);

    /// <summary>A call control beyond pickup/hold/mute/disconnect (record, snip, secure pause, digits, voicemail, assistance, transfers),
    /// judged by the call rules and carried out on the agent's own CIC session; the result of CIC's state comes back through the ingest.</summary>
    Task<Agents.CommandResult> ExecuteAsync(Calls.CallCommand command);

    /// <summary>Calls the number of a callback, or completes, retries or fails it, on the agent's own CIC session. Fails with
    /// <c>interaction.notFound</c> (not the agent's), <c>callback.notACallback</c>, <c>callback.ended</c>, <c>callback.notPickedUp</c>,
    /// <c>callback.noNumber</c>, <c>callback.notAttempted</c>, <c>callback.retryDisabled</c> or <c>callback.noRetriesLeft</c>.</summary>
    Task<Agents.CommandResult> ExecuteCallbackAsync(Callbacks.CallbackCommand command);

    /// <summary>What one message of CIC's callback subscription said about this callback (ignored when the interaction is not one).</summary>
    Task ObserveCallbackAsync(Callbacks.CallbackObservation observation);

    /// <summary>What one message of CIC's chat subscription said about this chat (members, typing, texts).</summary>
    Task ObserveChatAsync(Chats.ChatObservation observation);

    /// <summary>The chat for its owner <paramref name="userId"/> (transcript oldest first), marking it read; null when the interaction
    /// is not a chat of that user.</summary>
    Task<Chats.ChatView?> ReadChatAsync(string userId);

    /// <summary>Sends a text or sets the typing indicator on the agent's own CIC session. Fails with <c>interaction.notFound</c>,
    /// <c>chat.notAChat</c>, <c>chat.ended</c>, <c>chat.notPickedUp</c>, <c>chat.emptyText</c>, <c>chat.invalidText</c> or
    /// <c>chat.textTooLong</c>.</summary>
    Task<Agents.CommandResult> ExecuteChatAsync(Chats.ChatCommand command);

    /// <summary>What one message of CIC's email subscription said about this email.</summary>
    Task ObserveEmailAsync(Emails.EmailObservation observation);

    /// <summary>Email-to-case: the Salesforce Case id the email's attribute carries (recorded once).</summary>
    Task ObserveEmailCaseAsync(string caseId, DateTimeOffset observedAt);

    /// <summary>The email for its owner <paramref name="userId"/>, bodies as CIC gave them; null when the interaction is not an email of
    /// that user.</summary>
    Task<Emails.EmailView?> ReadEmailAsync(string userId);

    /// <summary>Creates a reply/reply all/forward (the result's id is the draft's interaction id), saves, sends, attaches to, removes an
    /// attachment from or reopens the owner's email on their own CIC session. Fails with <c>interaction.notFound</c>, <c>email.*</c>
    /// codes (docs/agent-api.md) or CIC's refusal.</summary>
    Task<Agents.CommandResult> ExecuteEmailAsync(Emails.EmailCommand command);

    /// <summary>An attachment of the owner's email, downloaded from CIC with the owner's session.</summary>
    Task<Emails.EmailAttachmentDownload> DownloadEmailAttachmentAsync(string userId, string attachmentId);

    /// <summary>Associates the Salesforce record a click-to-dial came from with the call log (before any edit; once).</summary>
    Task AssociateAsync(string? whoId, string? whatId);

    /// <summary>Assigns a wrap-up code through the agent's own CIC session while the prompt is open. Fails with
    /// <c>interaction.notFound</c> (not the agent's), <c>wrapUp.unknownCode</c>, <c>wrapUp.notOpen</c> or <c>wrapUp.timedOut</c>.</summary>
    Task<Agents.CommandResult> AssignWrapUpAsync(AssignWrapUp command);
}
