using PureConnect.Grains.Agents;

namespace PureConnect.Grains.Dialer;

/// <summary>
/// The rules of the agent's Interaction Dialer (spec "Interaction Dialer campaigns"), pure. <c>Check…</c> say whether the
/// agent may ask CIC for something (null: yes); <see cref="Evolve"/> folds the Dialer events. What CIC answers by message
/// becomes events in <see cref="DialerObservations"/>.
/// </summary>
public static class DialerDecider
{
    /// <summary>"With the Logon Campaign right you choose campaigns": a campaign log-in needs the right and an available campaign.</summary>
    public static DialerRefusal? CheckCampaignLogIn(DialerState state, string campaignId)
    {
        if (!state.LoggedIn)
        {
            return null; // the Dialer log-in comes first and answers what is available
        }

        if (!state.CanLogonCampaign)
        {
            return new DialerRefusal("dialer.noLogonCampaignRight",
                "You do not have the Logon Campaign right: you are logged in to every running campaign automatically.");
        }

        return state.AvailableCampaign(campaignId) is null
            ? new DialerRefusal("dialer.campaignUnavailable", $"Campaign '{campaignId}' is not running or not yours.")
            : null;
    }

    /// <summary>A log-off of campaigns the agent is in (none: Dialer altogether), not asked twice.</summary>
    public static DialerRefusal? CheckLogOff(DialerState state, IReadOnlyList<string> campaignIds)
    {
        if (!state.LoggedIn)
        {
            return DialerRefusal.NotLoggedIn;
        }

        if (state.PendingFullLogOff)
        {
            return new DialerRefusal("dialer.logOffPending", "Your log-off is already asked for; it happens once the last call is dispositioned.");
        }

        if (campaignIds.Count > 0 && !state.CanLogonCampaign)
        {
            return new DialerRefusal("dialer.noLogonCampaignRight", "You do not have the Logon Campaign right: log out of Dialer altogether.");
        }

        var unknown = campaignIds.FirstOrDefault(id => !state.InCampaign(id));
        return unknown is null ? null : new DialerRefusal("dialer.notInCampaign", $"You are not logged in to campaign '{unknown}'.");
    }

    public static DialerRefusal? CheckRequestBreak(DialerState state) => state switch
    {
        { LoggedIn: false } => DialerRefusal.NotLoggedIn,
        { Break: DialerBreak.Requested } => new DialerRefusal("dialer.breakPending", "Your break is already requested."),
        { Break: DialerBreak.OnBreak } => new DialerRefusal("dialer.onBreak", "You are already on break."),
        _ => null,
    };

    public static DialerRefusal? CheckEndBreak(DialerState state) => state switch
    {
        { LoggedIn: false } => DialerRefusal.NotLoggedIn,
        { Break: DialerBreak.None } => new DialerRefusal("dialer.notOnBreak", "You are not on break."),
        _ => null,
    };

    public static DialerRefusal? CheckPlacePreview(DialerState state) =>
        state.Call is { Mode: DialerMode.Preview, Placed: false } ? null
        : new DialerRefusal("dialer.noPreview", "There is no preview call waiting to be placed.");

    public static DialerRefusal? CheckSkip(DialerState state) => state.Call switch
    {
        { Mode: DialerMode.Preview, Placed: false, AllowSkip: true } => null,
        { Mode: DialerMode.Preview, Placed: false } => new DialerRefusal("dialer.skipNotAllowed", "This campaign does not allow skipping a preview call."),
        _ => new DialerRefusal("dialer.noPreview", "There is no preview call waiting to be placed or skipped."),
    };

    /// <summary>The CIC session ended (expired, or lost and not resumed): CIC ends the agent's Dialer session with it, and with it
    /// the campaign call it owed a disposition (the call itself stays on the queue).</summary>
    public static IReadOnlyList<DialerEvent> SessionEnded(DialerState state, DateTimeOffset at) =>
    [
        .. state.Call is { } call ? [new DialerCallDropped(call.InteractionId, at)] : Array.Empty<DialerEvent>(),
        .. state.LoggedIn ? [new DialerLoggedOut(DialerLogOutReasons.SessionEnded, at)] : Array.Empty<DialerEvent>(),
    ];

    /// <summary>"You cannot log out of CIC while you are logged in to a campaign."</summary>
    public static DialerRefusal? CheckCicLogOut(DialerState state) =>
        state.LoggedIn ? new DialerRefusal("dialer.loggedIn", "Log out of Interaction Dialer first: you cannot log out of CIC while logged in to a campaign.") : null;

    /// <summary>Regular statuses are hidden while logged in to Dialer, back on break; "Available" is the way back to calls.</summary>
    public static DialerRefusal? CheckStatusChange(DialerState state, string statusId) =>
        state.LoggedIn && state.Break != DialerBreak.OnBreak && !string.Equals(statusId, "Available", StringComparison.OrdinalIgnoreCase)
            ? new DialerRefusal("dialer.statusRestricted", "While logged in to Interaction Dialer your status follows your campaign calls; request a break for other statuses.")
            : null;

    /// <summary>The statuses the agent is offered: while logged in to Dialer and not on break only the way back to calls.</summary>
    public static IReadOnlyList<StatusOption> VisibleStatuses(DialerState state, IReadOnlyList<StatusOption> statuses) =>
        [.. statuses.Where(s => CheckStatusChange(state, s.StatusId) is null)];

    /// <summary>The Dialer status the spec names, from the agent's CIC status while logged in to Dialer.</summary>
    public static DialerStatus? StatusOf(DialerState state, string? cicStatusId) => state switch
    {
        { LoggedIn: false } => null,
        { Break: DialerBreak.OnBreak } => DialerStatus.OnBreak,
        _ => cicStatusId switch
        {
            "Campaign Call" => DialerStatus.CampaignCall,
            "Follow Up" => DialerStatus.FollowUp,
            "ACD - Agent Not Answering" => DialerStatus.AcdNotAnswering,
            _ when state.Call is not null => DialerStatus.CampaignCall,
            _ => DialerStatus.Available,
        },
    };

    public static DialerView View(DialerState state, string? cicStatusId) => new(
        state.LoggedIn, state.CanLogonCampaign, state.Available, state.Campaigns, state.PendingLogOffs, state.PendingFullLogOff, state.Break,
        StatusOf(state, cicStatusId), !state.LoggedIn || state.Break == DialerBreak.OnBreak, state.Call, state.Notices);

    public static DialerState Evolve(DialerState state, DialerEvent @event) => @event switch
    {
        DialerLoggedIn e => state with
        {
            LoggedIn = true,
            CanLogonCampaign = e.CanLogonCampaign,
            Campaigns = [],
            PendingLogOffs = [],
            PendingFullLogOff = false,
            Break = DialerBreak.None,
        },
        DialerCampaignsAvailable e => state with { Available = [.. e.Campaigns], CanLogonCampaign = e.CanLogonCampaign },
        DialerCampaignJoined e => (state.InCampaign(e.Campaign.Id) ? state : state with { Campaigns = state.Campaigns.Add(e.Campaign) })
            .Notice(e.Automatically ? DialerNoticeKinds.CampaignJoined : null, $"You were logged in to {e.Campaign.Name}.", e.OccurredAt, e.Campaign.Name),
        DialerCampaignLeft e => (state with
        {
            Campaigns = state.Campaigns.RemoveAll(c => string.Equals(c.Id, e.Campaign.Id, StringComparison.OrdinalIgnoreCase)),
            PendingLogOffs = state.PendingLogOffs.RemoveAll(id => string.Equals(id, e.Campaign.Id, StringComparison.OrdinalIgnoreCase)),
        }).Notice(DialerNoticeKinds.CampaignLeft, $"You logged out of {e.Campaign.Name}.", e.OccurredAt, e.Campaign.Name),
        DialerLogOffRequested e => e.CampaignIds.Count == 0
            ? state with { PendingFullLogOff = true }
            : state with { PendingLogOffs = [.. state.PendingLogOffs.Union(e.CampaignIds, StringComparer.OrdinalIgnoreCase)] },
        DialerLoggedOut e => (DialerState.Initial with { Notices = state.Notices, Call = state.Call }).LoggedOutNotice(e),
        DialerBreakChanged e => (state with { Break = e.Break })
            .Notice(e.Break == DialerBreak.OnBreak ? DialerNoticeKinds.OnBreak : null, "You are on break.", e.OccurredAt),
        DialerCallPopped e => state with { Call = e.Call },
        DialerPreviewPlaced e when state.Call?.InteractionId == e.InteractionId => state with { Call = state.Call with { Placed = true, PreviewDeadline = null } },
        DialerCallLinked e when state.Call?.InteractionId == e.InteractionId => state with { Call = state.Call with { Key = e.Key } },
        DialerCallDispositioned e when state.Call?.InteractionId == e.InteractionId => state with { Call = null },
        DialerCallDropped e when state.Call?.InteractionId == e.InteractionId => state with { Call = null },
        DialerCallNotAnswered e when state.Call?.InteractionId == e.InteractionId => state with { Call = null },
        _ => state,
    };

    private static DialerState LoggedOutNotice(this DialerState state, DialerLoggedOut e) => e.Reason switch
    {
        DialerLogOutReasons.SessionEnded => state.Notice(DialerNoticeKinds.SessionEnded,
            "Your CIC session ended: you were logged out of Dialer. Log in to Dialer again to receive campaign calls.", e.OccurredAt),
        DialerLogOutReasons.Switchover => state.Notice(DialerNoticeKinds.SwitchedOver,
            "The Dialer server switched over: you were logged out of Dialer. Log in to Dialer again to receive campaign calls.", e.OccurredAt),
        _ => state.Notice(DialerNoticeKinds.LoggedOut, "You logged out of Dialer.", e.OccurredAt),
    };

    private static DialerState Notice(this DialerState state, string? kind, string text, DateTimeOffset at, string? subject = null)
    {
        if (kind is null)
        {
            return state;
        }

        var notices = state.Notices.Add(new DialerNotice(text, at, kind, subject));
        return state with { Notices = notices.Count > DialerState.NoticesKept ? notices.RemoveAt(0) : notices };
    }
}
