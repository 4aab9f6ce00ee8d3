using PureConnect.Simulators.CicServer.Engine.Dialer;
using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.Engine;

// Interaction Dialer, the agent's requests (reference §9.2): log-in/log-off, ready for calls, breaks, dispositions, previews.
public sealed partial class CicEngine
{
    private readonly HashSet<SimUser> _dialerAgents = [];

    /// <summary><c>dialer/log-in</c>: without a campaign the Dialer session (every running campaign for an agent without
    /// the Logon Campaign right); with one, that campaign (only with the right, only an available campaign).</summary>
    public void DialerLogIn(Session session, string? campaignId) => Run(() =>
    {
        var (user, dialer) = DialerOf(session);
        if (!user.HasStation)
        {
            throw NoStation();
        }

        if (string.IsNullOrEmpty(campaignId))
        {
            if (dialer.LoggedIn)
            {
                return;
            }

            dialer.LoggedIn = true;
            _dialerAgents.Add(user);
            var available = AvailableCampaigns(user).ToList();
            Send(user, new AvailableCampaignsMessage(false, [.. available.Select(Describe)], [], [], dialer.CanLogonCampaign));
            if (!dialer.CanLogonCampaign)
            {
                dialer.Campaigns.UnionWith(available.Select(c => c.Id));
            }

            return;
        }

        if (!dialer.CanLogonCampaign)
        {
            throw new IcwsErrorException(403, ErrorIds.LogonCampaignRightMissing, "The Logon Campaign right is required to choose a campaign.");
        }

        RequireDialerSession(dialer);
        var campaign = AvailableCampaigns(user).FirstOrDefault(c => string.Equals(c.Id, campaignId, StringComparison.OrdinalIgnoreCase))
            ?? throw new IcwsErrorException(400, ErrorIds.CampaignNotAvailable, $"Campaign '{campaignId}' is not available.");
        dialer.Campaigns.Add(campaign.Id);
        dialer.PendingLogoffs.Remove(campaign.Id);
    });

    /// <summary><c>dialer/log-off</c>: the campaigns named, or the whole Dialer session; granted at once when no call is
    /// outstanding, else once the last call is disconnected and dispositioned (<c>logoutGrantedMessage</c>).</summary>
    public void DialerLogOff(Session session, IReadOnlyList<string> campaignIds) => Run(() =>
    {
        var (_, dialer) = DialerOf(session);
        RequireDialerSession(dialer);
        if (campaignIds.Count == 0)
        {
            dialer.PendingFullLogoff = true;
            return;
        }

        foreach (var id in campaignIds)
        {
            if (!dialer.Campaigns.Contains(id))
            {
                throw new IcwsErrorException(400, ErrorIds.CampaignNotAvailable, $"You are not logged in to campaign '{id}'.");
            }
        }

        dialer.PendingLogoffs.UnionWith(campaignIds);
    });

    /// <summary><c>dialer/ready-for-calls</c>: the pacer may place calls on the agent's queue.</summary>
    public void DialerReadyForCalls(Session session) => Run(() =>
    {
        var (_, dialer) = DialerOf(session);
        RequireDialerSession(dialer);
        dialer.Ready = true;
    });

    public void DialerRequestBreak(Session session) => Run(() =>
    {
        var (user, dialer) = DialerOf(session);
        RequireDialerSession(dialer);
        if (dialer.Break != BreakStatus.NotOnBreak)
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidBreakState, "A break is already requested.");
        }

        dialer.Break = BreakStatus.BreakPending;
        Send(user, new BreakStatusMessage(true, (int)BreakStatus.BreakPending));
    });

    public void DialerEndBreak(Session session) => Run(() =>
    {
        var (user, dialer) = DialerOf(session);
        RequireDialerSession(dialer);
        if (dialer.Break == BreakStatus.NotOnBreak)
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidBreakState, "You are not on break.");
        }

        dialer.Break = BreakStatus.NotOnBreak;
        dialer.NextCallAt = null;
        Send(user, new BreakStatusMessage(true, (int)BreakStatus.NotOnBreak));
        if (_statusById.GetValueOrDefault("Available") is { } available)
        {
            ApplyStatus(user, available, null, null, null);
        }
    });

    /// <summary><c>dialer/disposition</c> of the agent's last campaign call. Does not disconnect the call unless the campaign
    /// says so; a callback (Scheduled category, callbacks allowed, a time in the future) is placed at its time.</summary>
    public void DialerDisposition(Session session, DispositionRequest request) => Run(() =>
    {
        var (user, dialer) = DialerOf(session);
        if (dialer.LastCall is not { Dispositioned: false } last)
        {
            throw new IcwsErrorException(400, ErrorIds.NoDialerCall, "There is no campaign call to disposition.");
        }

        var campaign = last.Campaign;
        var skip = request.Label == SimCampaign.SkipLabel;
        if (skip && !(last.IsPreview && !last.Placed && campaign.AllowSkip))
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidDisposition, "Only a preview call not yet placed can be skipped, where the campaign allows it.");
        }

        var disposition = skip ? null : campaign.Disposition(request.Label)
            ?? throw new IcwsErrorException(400, ErrorIds.InvalidDisposition, $"'{request.Label}' is not a disposition of campaign '{campaign.Name}'.");
        ScheduledCallback? callback = null;
        if (request.ScheduledTime is { } due)
        {
            if (!campaign.AllowCallbacks || disposition?.WrapUpCategory != SimCampaign.ScheduledCategory)
            {
                throw new IcwsErrorException(400, ErrorIds.InvalidDisposition, $"'{request.Label}' does not schedule a callback on this campaign.");
            }

            if (due <= Now)
            {
                throw new IcwsErrorException(400, ErrorIds.InvalidScheduledTime, "The callback time must be in the future.");
            }

            var agent = string.IsNullOrEmpty(request.ScheduledAgent) ? null
                : _users.GetValueOrDefault(request.ScheduledAgent)?.Id
                  ?? throw new IcwsErrorException(400, ErrorIds.UserNotFound, $"User '{request.ScheduledAgent}' does not exist.");
            callback = new ScheduledCallback(last.Contact, due, agent);
        }

        last.Disposition = request.Label;
        if (callback is not null)
        {
            campaign.Callbacks.Add(callback);
        }

        if (!last.Placed)
        {
            DisconnectCall(last.Call, remote: false);
        }
        else if (campaign.AutoDisconnect && last.IsLive)
        {
            DisconnectCall(last.Call, remote: false);
        }

        RefreshUser(user);
    });

    /// <summary><c>dialer/place-preview-call</c>: dials the preview on the agent's queue (the far end answers at once).</summary>
    public void DialerPlacePreviewCall(Session session, bool initiatedByTimer) => Run(() =>
    {
        var (_, dialer) = DialerOf(session);
        if (dialer.LastCall is not { IsPreview: true, Placed: false, Dispositioned: false } preview || preview.Call.IsDisconnected)
        {
            throw new IcwsErrorException(400, ErrorIds.NoPreviewCall, "There is no preview call waiting to be placed.");
        }

        preview.Placed = true;
        preview.Call.Set(Attr.DialerPlacedByTimer, initiatedByTimer ? "1" : "0");
        ConnectCall(preview.Call);
    });

    private (SimUser User, DialerAgent Dialer) DialerOf(Session session)
    {
        EnsureAlive(session);
        var user = session.User;
        if (!user.Dialer.HasLicense)
        {
            throw new IcwsErrorException(403, ErrorIds.DialerLicenseMissing, "An Interaction Dialer license is required.");
        }

        return (user, user.Dialer);
    }

    private static void RequireDialerSession(DialerAgent dialer)
    {
        if (!dialer.LoggedIn)
        {
            throw new IcwsErrorException(400, ErrorIds.DialerNotLoggedIn, "You are not logged in to Interaction Dialer.");
        }
    }

    private static void Send(SimUser user, IcwsMessage message)
    {
        foreach (var session in user.Sessions)
        {
            session.Enqueue(message);
        }
    }
}

/// <summary>The body of <c>dialer/disposition</c> (reference §9.2).</summary>
public sealed record DispositionRequest(string Label, DateTimeOffset? ScheduledTime, string? ScheduledAgent, bool IsAbandon);
