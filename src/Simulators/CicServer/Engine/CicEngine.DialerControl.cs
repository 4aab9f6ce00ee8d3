using PureConnect.Simulators.CicServer.Engine.Dialer;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.Engine;

// Interaction Dialer, the control API's side: campaigns created, started, paused, stopped; supervisors logging agents in
// and out; the Dialer server switching over.
public sealed partial class CicEngine
{
    private readonly Dictionary<string, SimCampaign> _campaigns = new(StringComparer.OrdinalIgnoreCase);

    public void AddCampaign(CampaignSeed seed) => Run(() =>
    {
        var campaign = NewCampaign(seed);
        if (campaign.IsRunning)
        {
            CampaignStarted(campaign, wasAvailable: false);
        }
    });

    /// <summary>Running, Paused or Stopped. A stopped campaign logs its agents out (<c>autoLogoutMessage</c>); one that runs
    /// again logs agents without the Logon Campaign right back in (<c>autoLoginMessage</c>).</summary>
    public void SetCampaignState(string campaignId, string state) => Run(() =>
    {
        var campaign = Campaign(campaignId);
        if (!Enum.TryParse<CampaignState>(state, ignoreCase: true, out var next))
        {
            throw Invalid($"Unknown campaign state '{state}' (Running, Paused or Stopped).");
        }

        var wasAvailable = campaign.IsRunning;
        campaign.State = next;
        if (next == CampaignState.Running && !wasAvailable)
        {
            CampaignStarted(campaign, wasAvailable);
        }
        else if (next != CampaignState.Running && wasAvailable)
        {
            foreach (var user in DialerAgentsServedBy(campaign))
            {
                Send(user, new AvailableCampaignsMessage(true, [], [], [Describe(campaign)], user.Dialer.CanLogonCampaign));
                if (user.Dialer.Campaigns.Remove(campaign.Id))
                {
                    user.Dialer.PendingLogoffs.Remove(campaign.Id);
                    Send(user, new AutoLogoutMessage(true, Describe(campaign)));
                }
            }
        }
    });

    /// <summary>Seconds the pacer waits once an agent is free before their next call from this campaign.</summary>
    public void SetCampaignPace(string campaignId, double secondsBetweenCalls) => Run(() =>
    {
        if (secondsBetweenCalls < 0)
        {
            throw Invalid("secondsBetweenCalls must not be negative.");
        }

        Campaign(campaignId).Gap = TimeSpan.FromSeconds(secondsBetweenCalls);
    });

    /// <summary>A supervisor logs an agent (logged in to Dialer) in to a running campaign.</summary>
    public void SupervisorLogIn(string userId, string campaignId) => Run(() =>
    {
        var user = DialerUser(userId);
        var campaign = Campaign(campaignId);
        if (!campaign.IsRunning)
        {
            throw Conflict($"Campaign '{campaign.Id}' is not running.");
        }

        if (user.Dialer.Campaigns.Add(campaign.Id))
        {
            Send(user, new AutoLoginMessage(true, Describe(campaign)));
        }
    });

    /// <summary>A supervisor logs an agent out of a campaign at once (the call on the queue stays to be dispositioned).</summary>
    public void SupervisorLogOut(string userId, string campaignId) => Run(() =>
    {
        var user = DialerUser(userId);
        var campaign = Campaign(campaignId);
        if (user.Dialer.Campaigns.Remove(campaign.Id))
        {
            user.Dialer.PendingLogoffs.Remove(campaign.Id);
            Send(user, new AutoLogoutMessage(true, Describe(campaign)));
        }
    });

    /// <summary>
    /// The Dialer server switches over: every campaign call drops off its agent's queue (the audio stays connected: the call
    /// goes on, on no queue) and every agent is logged out of Dialer. Returns how many agents were logged out.
    /// </summary>
    public int DialerSwitchover() => Run(() =>
    {
        var agents = _dialerAgents.ToList();
        foreach (var user in agents)
        {
            if (user.Dialer.LastCall is { Call: { Deallocated: false } call } && call.User == user)
            {
                user.Interactions.Remove(call);
                call.AssignUser(null);
                RefreshUser(user);
            }

            Send(user, new OutboundServerConnectionStateChangeMessage(true, 2));
            EndDialerSession(user);
        }

        return agents.Count;
    });

    /// <summary>Gives or takes the Dialer license, the Logon Campaign right and blending.</summary>
    public void SetDialerRights(string userId, bool? hasLicense, bool? canLogonCampaign, bool? blended) => Run(() =>
    {
        var user = _users.GetValueOrDefault(userId) ?? throw NotFound($"User '{userId}' does not exist.");
        user.Dialer.HasLicense = hasLicense ?? user.Dialer.HasLicense;
        user.Dialer.CanLogonCampaign = canLogonCampaign ?? user.Dialer.CanLogonCampaign;
        user.Dialer.Blended = blended ?? user.Dialer.Blended;
    });

    public DialerAgentSnapshot GetDialerAgent(string userId) => Run(() =>
    {
        var user = _users.GetValueOrDefault(userId) ?? throw NotFound($"User '{userId}' does not exist.");
        var d = user.Dialer;
        return new DialerAgentSnapshot(user.Id, d.LoggedIn, d.Ready, [.. d.Campaigns.Order(StringComparer.Ordinal)], (int)d.Break,
            [.. d.PendingLogoffs.Order(StringComparer.Ordinal)], d.PendingFullLogoff, d.LastCall?.Call.Id, d.LastCall?.Disposition,
            d.CallsPlaced, user.Status.StatusId);
    });

    public IReadOnlyList<CampaignSnapshot> ListCampaigns() => Run(() => _campaigns.Values.OrderBy(c => c.Id, StringComparer.Ordinal)
        .Select(c => new CampaignSnapshot(c.Id, c.Name, c.State.ToString(), c.Mode.ToString(), c.Gap.TotalSeconds,
            [.. c.Callbacks.Select(b => new CallbackSnapshot(b.Contact.Phone, b.DueAt, b.AgentId))]))
        .ToList());

    private void SeedCampaigns(CicSimulatorOptions options)
    {
        foreach (var seed in options.Campaigns ?? DefaultSeedData.Campaigns())
        {
            NewCampaign(seed);
        }
    }

    private SimCampaign NewCampaign(CampaignSeed seed)
    {
        if (string.IsNullOrWhiteSpace(seed.Id))
        {
            throw Invalid("A campaign needs an id.");
        }

        if (_campaigns.ContainsKey(seed.Id))
        {
            throw Conflict($"Campaign '{seed.Id}' already exists.");
        }

        SimCampaign campaign;
        try
        {
            campaign = new SimCampaign(seed);
        }
        catch (ArgumentException ex)
        {
            throw Invalid(ex.Message);
        }

        _campaigns[campaign.Id] = campaign;
        return campaign;
    }

    private void CampaignStarted(SimCampaign campaign, bool wasAvailable)
    {
        foreach (var user in DialerAgentsServedBy(campaign))
        {
            var described = Describe(campaign);
            Send(user, wasAvailable
                ? new AvailableCampaignsMessage(true, [], [described], [], user.Dialer.CanLogonCampaign)
                : new AvailableCampaignsMessage(true, [described], [], [], user.Dialer.CanLogonCampaign));
            if (!user.Dialer.CanLogonCampaign && user.Dialer.Campaigns.Add(campaign.Id))
            {
                Send(user, new AutoLoginMessage(true, described));
            }
        }
    }

    private IEnumerable<SimUser> DialerAgentsServedBy(SimCampaign campaign) =>
        _dialerAgents.Where(u => campaign.Serves(u.Id)).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();

    private SimCampaign Campaign(string campaignId) =>
        _campaigns.GetValueOrDefault(campaignId) ?? throw NotFound($"Campaign '{campaignId}' does not exist.");

    private SimUser DialerUser(string userId)
    {
        var user = _users.GetValueOrDefault(userId) ?? throw NotFound($"User '{userId}' does not exist.");
        return user.Dialer.LoggedIn ? user : throw Conflict($"User '{userId}' is not logged in to Interaction Dialer.");
    }
}

public sealed record DialerAgentSnapshot(
    string UserId, bool LoggedIn, bool Ready, IReadOnlyList<string> Campaigns, int BreakStatus, IReadOnlyList<string> PendingLogoffs,
    bool PendingFullLogoff, string? LastCallId, string? LastDisposition, int CallsPlaced, string StatusId);

public sealed record CampaignSnapshot(string Id, string Name, string State, string DialingMode, double SecondsBetweenCalls,
    IReadOnlyList<CallbackSnapshot> Callbacks);

public sealed record CallbackSnapshot(string Phone, DateTimeOffset DueAt, string? AgentId);
