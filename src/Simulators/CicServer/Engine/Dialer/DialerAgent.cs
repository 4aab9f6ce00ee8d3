namespace PureConnect.Simulators.CicServer.Engine.Dialer;

/// <summary>An agent's Interaction Dialer license, right and Dialer session (one per user: several ICWS sessions of one
/// agent share it). Changed only under the engine lock.</summary>
internal sealed class DialerAgent(bool hasLicense, bool canLogonCampaign, bool blended = false)
{
    /// <summary>A blended agent also takes ACD (non-Dialer) calls while logged in to Dialer.</summary>
    public bool Blended { get; set; } = blended;

    public bool HasLicense { get; set; } = hasLicense;

    public bool CanLogonCampaign { get; set; } = canLogonCampaign;

    public bool LoggedIn { get; set; }

    public bool Ready { get; set; }

    public HashSet<string> Campaigns { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Campaigns the agent asked to leave while a call was outstanding; left once it is dispositioned.</summary>
    public HashSet<string> PendingLogoffs { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A full log-off waits for the last call.</summary>
    public bool PendingFullLogoff { get; set; }

    public BreakStatus Break { get; set; }

    /// <summary>The last campaign call placed on the agent's queue, until it is dispositioned and disconnected.</summary>
    public DialerCall? LastCall { get; set; }

    /// <summary>Campaign calls put on this agent's queue so far (a test sees a call that came and went between two looks).</summary>
    public int CallsPlaced { get; set; }

    /// <summary>The pacer skips this agent: no campaign call until the last one is settled, a break, a log-off.</summary>
    public bool Outstanding => LastCall is { } call && (!call.Dispositioned || call.IsLive);

    /// <summary>When the pacer may place the next call (the campaign's gap after the agent became free).</summary>
    public DateTimeOffset? NextCallAt { get; set; }

    /// <summary>The campaign the pacer served last, so several campaigns take turns.</summary>
    public int Turn { get; set; }

    public void LogOff()
    {
        LoggedIn = false;
        Ready = false;
        Campaigns.Clear();
        PendingLogoffs.Clear();
        PendingFullLogoff = false;
        Break = BreakStatus.NotOnBreak;
        NextCallAt = null;
    }
}

/// <summary>ICWS <c>breakStatus</c>: 0 not on break, 1 break pending, 2 on break.</summary>
internal enum BreakStatus
{
    NotOnBreak = 0,
    BreakPending = 1,
    OnBreak = 2,
}
