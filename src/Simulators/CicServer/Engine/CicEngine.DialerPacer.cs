using PureConnect.Simulators.CicServer.Engine.Dialer;
using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.Engine;

// Interaction Dialer, the server's side: the pacer that places campaign calls and due callbacks on free agents' queues,
// and the settling of each agent after every operation (statuses, breaks and log-offs granted once the last call is done).
public sealed partial class CicEngine
{
    private const string CampaignCallStatus = "Campaign Call";
    private const string FollowUpStatus = "Follow Up";
    private const string AvailableStatus = "Available";

    private void TickDialer(DateTimeOffset now)
    {
        foreach (var campaign in _campaigns.Values.Where(c => c.IsRunning))
        {
            foreach (var callback in campaign.Callbacks.Where(c => c.DueAt <= now).OrderBy(c => c.DueAt).ToList())
            {
                var agent = callback.AgentId is { } id
                    ? _users.GetValueOrDefault(id) is { } me && CanTakeCall(me, campaign) ? me : null
                    : _dialerAgents.Where(u => CanTakeCall(u, campaign)).MinBy(u => u.IdleSince);
                if (agent is not null)
                {
                    campaign.Callbacks.Remove(callback);
                    PlaceCampaignCall(agent, campaign, callback.Contact);
                }
            }
        }

        foreach (var user in _dialerAgents.OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            var campaigns = _campaigns.Values.Where(c => CanTakeCall(user, c)).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
            if (campaigns.Count == 0)
            {
                user.Dialer.NextCallAt = null;
                continue;
            }

            var campaign = campaigns[user.Dialer.Turn % campaigns.Count];
            user.Dialer.NextCallAt ??= now + campaign.Gap;
            if (now >= user.Dialer.NextCallAt && campaign.NextContact() is { } contact)
            {
                user.Dialer.Turn++;
                PlaceCampaignCall(user, campaign, contact);
            }
        }
    }

    /// <summary>Free for the next campaign call: ready, in the campaign, not on (or asking for) a break or a log-off, the last
    /// call settled, no other call on the queue, not left "ACD - Agent Not Answering" (the agent goes back to Available).</summary>
    private bool CanTakeCall(SimUser user, SimCampaign campaign)
    {
        var dialer = user.Dialer;
        return campaign.IsRunning && dialer.LoggedIn && dialer.Ready && dialer.Campaigns.Contains(campaign.Id)
            && dialer.Break == BreakStatus.NotOnBreak && !dialer.PendingFullLogoff && !dialer.PendingLogoffs.Contains(campaign.Id)
            && dialer.LastCall is null && user.HasStation && !user.Interactions.Exists(i => !i.IsDisconnected)
            && !IsNotAnswering(user);
    }

    private void PlaceCampaignCall(SimUser user, SimCampaign campaign, ContactRecord contact)
    {
        var call = NewInteraction(null);
        call.Set(Attr.CallDirection, "O");
        call.Set(Attr.CallType, "E");
        call.Set(Attr.RemoteAddress, contact.Phone);
        call.Set(Attr.RemoteName, contact.Name);
        call.Set(Attr.RemoteTnNormalized, PhoneNumbers.Normalize(contact.Phone));
        call.Set(Attr.DialerCampaignId, campaign.Id);
        PutCampaignCallOnQueue(user, call, campaign, contact);
    }

    /// <summary>A preview waits on the queue; a predictive or power call is connected to the agent at once, or alerts for
    /// the campaign's <see cref="SimCampaign.AgentAlertTimeout"/> when it has one.</summary>
    private void PutCampaignCallOnQueue(SimUser user, Interaction call, SimCampaign campaign, ContactRecord contact)
    {
        call.AssignUser(user);
        user.Interactions.Add(call);
        call.Set(Attr.UserName, user.Id);
        call.Set(Attr.LocalUserId, user.Id);
        call.Set(Attr.LocalAddress, user.FirstStation?.Extension ?? user.Extension);
        var preview = campaign.Mode == DialingMode.Preview;
        user.Dialer.LastCall = new DialerCall(call, campaign, contact, preview);
        user.Dialer.CallsPlaced++;
        user.Dialer.NextCallAt = null;
        if (preview)
        {
            SetState(call, CallStates.Offering, "Preview");
            RefreshUser(user);
        }
        else if (campaign.AgentAlertTimeout is { } timeout)
        {
            AlertCampaignCall(user, call, timeout);
        }
        else
        {
            ConnectCall(call);
        }

        Send(user, new DataPopMessage(false, DataPopOf(call.Id, campaign, contact, preview)));
    }

    private static DataPopCall DataPopOf(string interactionId, SimCampaign campaign, ContactRecord contact, bool preview) => new(
        preview ? "urn:inin.com:dialer:previewPop" : "urn:inin.com:dialer:dataPop",
        interactionId,
        campaign.Id,
        campaign.Name,
        (int)campaign.Mode,
        new Dictionary<string, string>(contact.Attributes) { ["is_attr_phonenumber"] = contact.Phone, ["is_attr_name"] = contact.Name },
        campaign.AutoDisconnect,
        campaign.AllowCallbacks,
        [.. campaign.Dispositions.Select(d => new DialerDisposition(d.Label, d.WrapUpCategory, d.WrapUpCode, d.Abandon))],
        campaign.TimeZone,
        CallPlaced: preview ? false : null,
        PreviewTimeout: preview ? (int?)campaign.PreviewTimeout?.TotalSeconds ?? 0 : null,
        AllowSkip: preview ? campaign.AllowSkip : null);

    /// <summary>After every operation: the Dialer status of each agent follows their last call; once it is disconnected and
    /// dispositioned it is forgotten and a pending break or log-off is granted.</summary>
    private void SettleDialerAgents()
    {
        if (_dialerAgents.Count == 0)
        {
            return;
        }

        foreach (var user in _dialerAgents.ToList())
        {
            var dialer = user.Dialer;
            if (dialer.LastCall is { } last && last.Dispositioned && !last.IsLive)
            {
                dialer.LastCall = null;
            }

            if (dialer.Break != BreakStatus.OnBreak)
            {
                FollowDialerStatus(user);
            }

            if (dialer.LastCall is not null)
            {
                continue;
            }

            if (dialer.Break == BreakStatus.BreakPending)
            {
                dialer.Break = BreakStatus.OnBreak;
                Send(user, new BreakStatusMessage(true, (int)BreakStatus.OnBreak));
            }

            if (dialer.PendingFullLogoff)
            {
                Send(user, new LogoutGrantedMessage(true, [.. CampaignsOf(dialer.Campaigns)]));
                EndDialerSession(user);
            }
            else if (dialer.PendingLogoffs.Count > 0)
            {
                Send(user, new LogoutGrantedMessage(true, [.. CampaignsOf(dialer.PendingLogoffs)]));
                dialer.Campaigns.ExceptWith(dialer.PendingLogoffs);
                dialer.PendingLogoffs.Clear();
            }
        }
    }

    /// <summary>Campaign Call while the last call is on the queue, Follow Up once it is disconnected and waits for its
    /// disposition, Available again after (only from those two: a status the agent chose stays).</summary>
    private void FollowDialerStatus(SimUser user)
    {
        var wanted = user.Dialer.LastCall switch
        {
            null => user.Status.StatusId is CampaignCallStatus or FollowUpStatus ? AvailableStatus : null,
            { Dispositioned: false, IsLive: false, Placed: true } => FollowUpStatus,
            { Dispositioned: false } => CampaignCallStatus,
            _ => null,
        };
        if (wanted is not null && user.Status.StatusId != wanted && _statusById.GetValueOrDefault(wanted) is { } status)
        {
            ApplyStatus(user, status, null, null, null);
        }
    }

    /// <summary>The Dialer session ends (log-off granted, CIC log-out, switchover): calls on the queue stay.</summary>
    private void EndDialerSession(SimUser user)
    {
        user.Dialer.LogOff();
        user.Dialer.LastCall = null;
        _dialerAgents.Remove(user);
    }

    private IEnumerable<DialerCampaign> CampaignsOf(IEnumerable<string> ids) =>
        ids.Order(StringComparer.Ordinal).Select(id => _campaigns.TryGetValue(id, out var c) ? Describe(c) : new DialerCampaign(id, id));

    private IEnumerable<SimCampaign> AvailableCampaigns(SimUser user) =>
        _campaigns.Values.Where(c => c.IsRunning && c.Serves(user.Id)).OrderBy(c => c.Id, StringComparer.Ordinal);

    private static DialerCampaign Describe(SimCampaign campaign) => new(campaign.Id, campaign.Name, campaign.TimeZone);
}
