using PureConnect.Icws.Dialer;

namespace PureConnect.Icws.Messages;

// Interaction Dialer messages (§9.2), sent on the agent's own session. Deliberately grouped.

/// <summary>A campaign call on the agent's queue (<c>dataPopMessage</c>).</summary>
public sealed record DialerDataPopMessage(DialerDataPop Call) : IcwsMessage(IcwsMessageTypes.DialerDataPop, false);

/// <summary>Campaigns the agent may log in to, added, changed or removed.</summary>
public sealed record DialerAvailableCampaignsMessage(
    IReadOnlyList<DialerCampaignInfo> Added,
    IReadOnlyList<DialerCampaignInfo> Changed,
    IReadOnlyList<DialerCampaignInfo> Removed,
    bool AgentHasLogonCampaignRight) : IcwsMessage(IcwsMessageTypes.DialerAvailableCampaigns, false);

public sealed record DialerBreakStatusMessage(DialerBreakStatus BreakStatus) : IcwsMessage(IcwsMessageTypes.DialerBreakStatus, false);

/// <summary>The log-off the agent asked for is granted for these campaigns.</summary>
public sealed record DialerLogoutGrantedMessage(IReadOnlyList<DialerCampaignInfo> Campaigns) : IcwsMessage(IcwsMessageTypes.DialerLogoutGranted, false);

/// <summary>Logged in to a campaign by someone else (a supervisor, a campaign that resumed, campaign rules).</summary>
public sealed record DialerAutoLoginMessage(DialerCampaignInfo Campaign) : IcwsMessage(IcwsMessageTypes.DialerAutoLogin, false);

/// <summary>Logged out of a campaign by someone else (a supervisor, a campaign that stopped, campaign rules).</summary>
public sealed record DialerAutoLogoutMessage(DialerCampaignInfo Campaign) : IcwsMessage(IcwsMessageTypes.DialerAutoLogout, false);

/// <summary>The Dialer server's connection changed; 2 (down, e.g. a switchover) ends the agent's Dialer session.</summary>
public sealed record DialerServerConnectionMessage(int ConnectionState) : IcwsMessage(IcwsMessageTypes.DialerServerConnection, false)
{
    public const int Down = 2;
}
