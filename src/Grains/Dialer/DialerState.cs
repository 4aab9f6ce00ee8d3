using System.Collections.Immutable;

namespace PureConnect.Grains.Dialer;

/// <summary>The agent's Interaction Dialer, folded from the Dialer events of the agent's stream.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerState")]
public sealed record DialerState
{
    public const int NoticesKept = 10;

    public static readonly DialerState Initial = new();

    [Id(0)]
    public bool LoggedIn { get; init; }

    [Id(1)]
    public bool CanLogonCampaign { get; init; }

    [Id(2)]
    public ImmutableList<DialerCampaign> Available { get; init; } = [];

    [Id(3)]
    public ImmutableList<DialerCampaign> Campaigns { get; init; } = [];

    /// <summary>Campaigns the agent asked to leave; <see cref="PendingFullLogOff"/> when it is Dialer altogether.</summary>
    [Id(4)]
    public ImmutableList<string> PendingLogOffs { get; init; } = [];

    [Id(5)]
    public bool PendingFullLogOff { get; init; }

    [Id(6)]
    public DialerBreak Break { get; init; }

    /// <summary>The last campaign call until it is dispositioned (or dropped): the agent must disposition it before the
    /// next call, a break, a log-off or a CIC log-out.</summary>
    [Id(7)]
    public DialerCall? Call { get; init; }

    [Id(8)]
    public ImmutableList<DialerNotice> Notices { get; init; } = [];

    public bool InCampaign(string campaignId) => Campaigns.Exists(c => string.Equals(c.Id, campaignId, StringComparison.OrdinalIgnoreCase));

    public DialerCampaign? AvailableCampaign(string campaignId) =>
        Available.Find(c => string.Equals(c.Id, campaignId, StringComparison.OrdinalIgnoreCase));
}
