using PureConnect.Grains.Agents;
using PureConnect.Grains.Text;
using PureConnect.Icws.Messages;
using IcwsDialer = PureConnect.Icws.Dialer;

namespace PureConnect.Grains.Dialer;

/// <summary>Turns the Dialer messages of the agent's session into Dialer events, given what the agent's Dialer is. Pure;
/// a message that changes nothing gives no event. Text from CIC is cleaned of control characters here, where it comes in.</summary>
public static class DialerObservations
{
    public static IReadOnlyList<AgentEvent> Observe(DialerState state, IcwsMessage message, DateTimeOffset now)
    {
        switch (message)
        {
            case DialerDataPopMessage pop when state.Call?.InteractionId != pop.Call.InteractionId:
                return [new DialerCallPopped(CallOf(pop.Call, now), now)];
            case DialerAvailableCampaignsMessage available:
                return Available(state, available, now);
            case DialerBreakStatusMessage breakStatus when BreakOf(breakStatus.BreakStatus) != state.Break:
                return [new DialerBreakChanged(BreakOf(breakStatus.BreakStatus), now)];
            case DialerLogoutGrantedMessage granted:
                return LogOffGranted(state, granted, now);
            case DialerAutoLoginMessage auto when !state.InCampaign(auto.Campaign.Id):
                return [new DialerCampaignJoined(CampaignOf(auto.Campaign), true, now)];
            case DialerAutoLogoutMessage auto when state.InCampaign(auto.Campaign.Id):
                return [new DialerCampaignLeft(CampaignOf(auto.Campaign), true, now)];
            case DialerServerConnectionMessage { ConnectionState: DialerServerConnectionMessage.Down } when state.LoggedIn:
                // Switchover: the call drops off the queue (its audio stays) and the agent is logged out of Dialer.
                return state.Call is { } call
                    ? [new DialerCallDropped(call.InteractionId, now), new DialerLoggedOut(DialerLogOutReasons.Switchover, now)]
                    : [new DialerLoggedOut(DialerLogOutReasons.Switchover, now)];
            default:
                return [];
        }
    }

    /// <summary>"ACD – Not Answering": the agent's campaign call left their queue while alerting. A preview not yet placed
    /// never alerts, so it is not one (it leaves the queue only by a skip or a switchover, which settle it).</summary>
    public static IReadOnlyList<AgentEvent> NotAnswered(DialerState state, string interactionId, DateTimeOffset now) =>
        state.Call is { } call && call.InteractionId == interactionId && !(call.Mode == DialerMode.Preview && !call.Placed)
            ? [new DialerCallNotAnswered(interactionId, now)]
            : [];

    private static List<AgentEvent> Available(DialerState state, DialerAvailableCampaignsMessage message, DateTimeOffset now)
    {
        var gone = message.Removed.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var list = state.Available.Where(c => !gone.Contains(c.Id)).ToList();
        foreach (var campaign in message.Added.Concat(message.Changed).Select(CampaignOf))
        {
            list.RemoveAll(c => string.Equals(c.Id, campaign.Id, StringComparison.OrdinalIgnoreCase));
            list.Add(campaign);
        }

        List<AgentEvent> events = [new DialerCampaignsAvailable([.. list.OrderBy(c => c.Name, StringComparer.CurrentCulture)], message.AgentHasLogonCampaignRight, now)];
        if (!message.AgentHasLogonCampaignRight && message.IsDelta == false)
        {
            // Without the Logon Campaign right the Dialer log-in is a log-in to every running campaign.
            events.AddRange(list.Where(c => !state.InCampaign(c.Id)).Select(c => new DialerCampaignJoined(c, true, now)));
        }

        return events;
    }

    private static List<AgentEvent> LogOffGranted(DialerState state, DialerLogoutGrantedMessage granted, DateTimeOffset now)
    {
        var events = new List<AgentEvent>();
        var left = granted.Campaigns.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        events.AddRange(state.Campaigns.Where(c => left.Contains(c.Id)).Select(c => new DialerCampaignLeft(c, false, now)));
        if (state.PendingFullLogOff)
        {
            events.Add(new DialerLoggedOut(DialerLogOutReasons.Granted, now));
        }

        return events;
    }

    private static DialerCall CallOf(IcwsDialer.DialerDataPop pop, DateTimeOffset now) => new(
        pop.InteractionId,
        CampaignOf(new IcwsDialer.DialerCampaignInfo(pop.CampaignId, pop.CampaignName ?? pop.CampaignId, pop.TimeZone)),
        pop.IsPreview ? DialerMode.Preview : pop.DialingMode switch { 1 => DialerMode.Predictive, 2 => DialerMode.Power, _ => DialerMode.Other },
        pop.Attributes.ToDictionary(a => ControlCharacters.Strip(a.Key), a => ControlCharacters.Strip(a.Value), StringComparer.OrdinalIgnoreCase),
        [.. pop.Dispositions.Select(d => new DialerDispositionOption(ControlCharacters.Strip(d.Label), d.WrapUpCategory, d.Abandon))],
        pop.AutoDisconnectOnDisposition,
        pop.AllowAgentCallbacks,
        pop.AllowSkip,
        pop.CallPlaced,
        pop.IsPreview && !pop.CallPlaced && pop.PreviewTimeoutSeconds is > 0 and var seconds ? now.AddSeconds(seconds) : null);

    private static DialerCampaign CampaignOf(IcwsDialer.DialerCampaignInfo campaign) =>
        new(ControlCharacters.Strip(campaign.Id), ControlCharacters.Strip(campaign.Name), campaign.TimeZone);

    private static DialerBreak BreakOf(IcwsDialer.DialerBreakStatus status) => status switch
    {
        IcwsDialer.DialerBreakStatus.BreakPending => DialerBreak.Requested,
        IcwsDialer.DialerBreakStatus.OnBreak => DialerBreak.OnBreak,
        _ => DialerBreak.None,
    };
}
