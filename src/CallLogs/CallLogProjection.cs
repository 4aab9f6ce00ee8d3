using PureConnect.Grains.Interactions;

namespace PureConnect.CallLogs;

/// <summary>
/// The call-log rules, pure: how interaction events build a call log, which Task fields it has, and when it
/// may be written. "Every connected interaction creates a call log ... when the call connects", it "updates
/// whenever the call status or call log details change", and agents can update it "for a configurable amount
/// of time after the call disconnects" (spec, Call logs).
/// </summary>
public static class CallLogProjection
{
    public static CallLogState Evolve(CallLogState state, string interactionKey, long version, InteractionEvent @event, CallLogOptions? options = null)
    {
        var editWindow = (options ?? DefaultOptions).EditWindow;
        if (version <= state.Version)
        {
            return state;
        }

        var next = @event switch
        {
            InteractionDiscovered e => state with
            {
                InteractionId = e.InteractionId,
                ObjectType = e.ObjectType.Length > 0 ? e.ObjectType : "Call",
                Direction = e.Direction.ToString(),
                Internal = e.Internal,
                RemoteAddress = e.RemoteAddress,
                RemoteName = e.RemoteName,
                FirstSeenAt = e.InitiatedAt ?? e.OccurredAt,
            },
            InteractionPartyChanged e => state with { RemoteAddress = e.RemoteAddress, RemoteName = e.RemoteName },
            InteractionAssigned e => state with { AssignedTo = e.UserId },
            InteractionAlerting { UserId: { } user } => state with { AssignedTo = user },
            InteractionConnected e => state with { ConnectedAt = state.ConnectedAt ?? e.OccurredAt, AgentId = state.AgentId ?? state.AssignedTo },
            InteractionDisconnected e => state with { EndedAt = state.EndedAt ?? e.OccurredAt },
            // A close of ours proved wrong (the call was seen alive again): it has not ended; its real end comes later.
            InteractionReopened => state with { EndedAt = null },
            PureConnect.Grains.Calls.InteractionTransferred e => state with { TransferredAt = state.TransferredAt ?? e.OccurredAt },
            // Call Result: "Wrap-up code assigned after the call is disconnected" (spec, Call log details).
            WrapUpAssigned e => state with { CallResult = e.Code },
            WrapUpTimedOut e => state with { CallResult = e.Code },
            // Interaction Dialer: the disposition is the Call Result, a scheduled callback the Task's reminder.
            DialerDataPopRecorded e => state with { Campaign = e.CampaignName },
            DialerDispositionRecorded e => state with { CallResult = e.Label, CallbackAt = e.CallbackAt },
            // A single screen-pop match names the call log until the agent chooses otherwise.
            ScreenPopDecided e when state.EditedAt is null => WithAssociation(state, e.Decision.DefaultAssociation()),
            // Click-to-dial's record names the call log until the agent saves other choices.
            CallLogAssociated e when state.EditedAt is null => WithAssociation(state, (e.WhoId, e.WhatId)),
            // The agent's edit counts if it was made within the window after the disconnect, however late it arrives here.
            CallLogEdited e when state.EndedAt is not { } ended || e.OccurredAt < ended + editWindow => state with
            {
                Subject = e.Subject,
                Comments = e.Comments,
                WhoId = e.WhoId,
                WhatId = e.WhatId,
                EditedAt = e.OccurredAt,
            },
            // A chat's transcript goes into the Task's Description ("like a call": the Task is the record of the conversation).
            PureConnect.Grains.Interactions.Chats.ChatTextAdded e => state with { Transcript = [.. state.Transcript, new CallLogChatLine(e.SentAt, e.DisplayName, e.IsFile ? $"[File] {e.Text}" : e.Text)] },
            // A callback's request, retries and outcome: the Task's Description and (without a wrap-up code) its Call Result.
            PureConnect.Grains.Interactions.Callbacks.CallbackRequestObserved e => state with
            {
                Callback = (state.Callback ?? new CallLogCallback(e.Phone, e.Message)) with { Phone = e.Phone, Message = e.Message },
            },
            PureConnect.Grains.Interactions.Callbacks.CallbackRetried e when state.Callback is { } callback => state with
            {
                Callback = callback with { Retries = Math.Max(callback.Retries, e.Attempt) },
            },
            PureConnect.Grains.Interactions.Callbacks.CallbackCompleted e when state.Callback is { } callback => state with
            {
                Callback = callback with { Outcome = e.Outcome.ToString() },
            },
            // An email's Task: its subject, and its message as text (a reply's as the agent last saved it).
            PureConnect.Grains.Interactions.Emails.EmailContentsObserved e => state with
            {
                EmailSubject = e.Contents.Subject,
                EmailText = CallLogEmail.PlainText(e.Contents.TextBody, e.Contents.HtmlBody),
            },
            PureConnect.Grains.Interactions.Emails.EmailDraftSaved e => state with
            {
                EmailSubject = e.Subject,
                EmailText = CallLogEmail.PlainText(e.TextBody, e.HtmlBody),
            },
            _ => state,
        };
        return next with { InteractionKey = interactionKey, Version = version };
    }

    private static readonly CallLogOptions DefaultOptions = new();

    private static CallLogState WithAssociation(CallLogState state, (string? WhoId, string? WhatId) association) =>
        state with { WhoId = association.WhoId, WhatId = association.WhatId };

    /// <summary>Whether the call log exists in Salesforce at all: connected calls, and unconnected ones when so configured.</summary>
    public static bool ShouldExist(CallLogState state, CallLogOptions options) =>
        options.Enabled && (state.ConnectedAt is not null || (options.LogUnconnectedCalls && state.EndedAt is not null));

    /// <summary>
    /// Whether folding in an event opens a locked call log again: an edit made within the window, a retracted end (the
    /// interaction was reopened), after which the Task must follow the call again, or a campaign call's disposition.
    /// </summary>
    public static bool Unlocks(CallLogState before, CallLogState after) =>
        after.EditedAt != before.EditedAt || (before.EndedAt is not null && after.EndedAt is null) || DispositionedLate(before, after);

    /// <summary>"A call can be dispositioned at any time during or after the call": a campaign call's disposition reaches its Task
    /// even when it comes after the edit window.</summary>
    private static bool DispositionedLate(CallLogState before, CallLogState after) =>
        after.Campaign is not null && (after.CallResult != before.CallResult || after.CallbackAt != before.CallbackAt);

    /// <summary>Past the edit window after the disconnect: no more changes are written.</summary>
    public static bool IsLocked(CallLogState state, CallLogOptions options, DateTimeOffset now) =>
        state.EndedAt is { } ended && now >= ended + options.EditWindow;

    public static CallLogFields Fields(CallLogState state, CallLogOptions options)
    {
        var end = state.TransferredAt is { } transferred && (state.EndedAt is null || transferred < state.EndedAt) ? transferred : state.EndedAt;
        var duration = state.ConnectedAt is { } start && end is { } stop ? (int?)Math.Max(0, (int)Math.Round((stop - start).TotalSeconds)) : null;
        var campaignInSubject = options.CampaignInSubject && state.Campaign is not null;
        var transcriptInFile = options.ChatTranscript == ChatTranscriptPlacement.Attachment;
        return new CallLogFields(
            CallObject: state.InteractionKey,
            Subject: state.Subject ?? CallLogEmail.Subject(state) ?? (campaignInSubject ? $"{state.Campaign}: {Subject(state, options)}" : Subject(state, options)),
            CallType: state.Internal ? "Internal" : state.Direction == nameof(InteractionDirection.Outbound) ? "Outbound" : "Inbound",
            CallDurationInSeconds: duration,
            CallDisposition: state.CallResult ?? state.Callback?.Outcome,
            Description: state.Callback is { } callback
                ? CallLogCallbackDetails.Description(state.Comments, callback)
                : CallLogEmail.IsEmail(state)
                ? CallLogEmail.Description(state.Comments, state.EmailText)
                : CallLogTranscript.Description(state.Comments, transcriptInFile ? [] : state.Transcript, options),
            WhoId: state.WhoId,
            WhatId: state.WhatId,
            Status: state.EndedAt is null ? "In Progress" : "Completed",
            Campaign: campaignInSubject || string.IsNullOrWhiteSpace(options.DialerCampaignField) ? null : state.Campaign,
            ReminderAt: state.CallbackAt,
            AgentId: state.AgentId,
            TaskSubtype: CallLogEmail.IsEmail(state) ? "Email" : "Call",
            TranscriptFile: transcriptInFile ? CallLogTranscript.File(state.Transcript, options) : null);
    }

    /// <summary>Interaction type plus date and time in the call center's locale, e.g. <c>Call 8/10/2015, 8:55:17 AM</c>.</summary>
    public static string Subject(CallLogState state, CallLogOptions options) =>
        CallLogSubject.Format(state.ObjectType, state.ConnectedAt ?? state.FirstSeenAt ?? DateTimeOffset.UnixEpoch, options.Culture, options.TimeZone);
}
