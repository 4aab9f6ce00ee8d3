using PureConnect.Grains.Agents;
using PureConnect.Grains.EventSourcing;

namespace PureConnect.Grains.Dialer;

// Interaction Dialer facts, on the agent's stream (the agent's Dialer session and its campaign calls). Deliberately grouped.

/// <summary>A fact about the agent's Interaction Dialer.</summary>
public abstract record DialerEvent(DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);

/// <summary>The agent logged in to Interaction Dialer; <paramref name="CanLogonCampaign"/> is the Logon Campaign right.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerLoggedIn"), EventType("V1.DialerLoggedIn")]
public sealed record DialerLoggedIn(bool CanLogonCampaign, DateTimeOffset OccurredAt) : DialerEvent(OccurredAt);

/// <summary>The campaigns the agent may log in to now (the whole list after a change).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerCampaignsAvailable"), EventType("V1.DialerCampaignsAvailable")]
public sealed record DialerCampaignsAvailable(IReadOnlyList<DialerCampaign> Campaigns, bool CanLogonCampaign, DateTimeOffset OccurredAt)
    : DialerEvent(OccurredAt);

/// <summary>Logged in to a campaign: by the agent, or <paramref name="Automatically"/> (a supervisor, a campaign resumed,
/// no Logon Campaign right).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerCampaignJoined"), EventType("V1.DialerCampaignJoined")]
public sealed record DialerCampaignJoined(DialerCampaign Campaign, bool Automatically, DateTimeOffset OccurredAt) : DialerEvent(OccurredAt);

/// <summary>Logged out of a campaign: granted to the agent, or <paramref name="Automatically"/> (a supervisor, a campaign stopped).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerCampaignLeft"), EventType("V1.DialerCampaignLeft")]
public sealed record DialerCampaignLeft(DialerCampaign Campaign, bool Automatically, DateTimeOffset OccurredAt) : DialerEvent(OccurredAt);

/// <summary>The agent asked to log off these campaigns (none: Dialer altogether); granted once the last call is done.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerLogOffRequested"), EventType("V1.DialerLogOffRequested")]
public sealed record DialerLogOffRequested(IReadOnlyList<string> CampaignIds, DateTimeOffset OccurredAt) : DialerEvent(OccurredAt);

/// <summary>The agent's Dialer session ended (log-off granted, Dialer switchover, CIC session ended: <see cref="DialerLogOutReasons"/>).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerLoggedOut"), EventType("V1.DialerLoggedOut")]
public sealed record DialerLoggedOut(string Reason, DateTimeOffset OccurredAt) : DialerEvent(OccurredAt);

/// <summary>The reasons a <see cref="DialerLoggedOut"/> records (stored in the event store: never change one).</summary>
public static class DialerLogOutReasons
{
    public const string Granted = "log-off granted";
    public const string Switchover = "Dialer server switchover";
    public const string SessionEnded = "CIC session ended";
}

[GenerateSerializer, Immutable, Alias("PureConnect.DialerBreakChanged"), EventType("V1.DialerBreakChanged")]
public sealed record DialerBreakChanged(DialerBreak Break, DateTimeOffset OccurredAt) : DialerEvent(OccurredAt);

/// <summary>A campaign call reached the agent's queue with its data pop; a preview with a timer is placed by itself at
/// <see cref="DialerCall.PreviewDeadline"/>.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerCallPopped"), EventType("V1.DialerCallPopped")]
public sealed record DialerCallPopped(DialerCall Call, DateTimeOffset OccurredAt) : DialerEvent(OccurredAt);

[GenerateSerializer, Immutable, Alias("PureConnect.DialerPreviewPlaced"), EventType("V1.DialerPreviewPlaced")]
public sealed record DialerPreviewPlaced(string InteractionId, bool ByTimer, DateTimeOffset OccurredAt) : DialerEvent(OccurredAt);

/// <summary>The agent's disposition of a campaign call (a skipped preview is one too), with the callback it scheduled.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerCallDispositioned"), EventType("V1.DialerCallDispositioned")]
public sealed record DialerCallDispositioned(
    string InteractionId, string Label, string? WrapUpCategory, bool Skipped, bool Abandon, DialerCallback? Callback, DateTimeOffset OccurredAt)
    : DialerEvent(OccurredAt);

/// <summary>The campaign call dropped off the agent's queue without a disposition (a Dialer switchover): nothing is owed.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerCallDropped"), EventType("V1.DialerCallDropped")]
public sealed record DialerCallDropped(string InteractionId, DateTimeOffset OccurredAt) : DialerEvent(OccurredAt);

/// <summary>The campaign call alerted on the agent's queue and left it unanswered (CIC made the agent "ACD - Agent Not
/// Answering" and gave the call to another agent or abandoned it): the agent owes it no disposition.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerCallNotAnswered"), EventType("V1.DialerCallNotAnswered")]
public sealed record DialerCallNotAnswered(string InteractionId, DateTimeOffset OccurredAt) : DialerEvent(OccurredAt);

/// <summary>The campaign call was found on the agent's queue under <paramref name="Key"/> (its interaction's stream).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerCallLinked"), EventType("V1.DialerCallLinked")]
public sealed record DialerCallLinked(string InteractionId, string Key, DateTimeOffset OccurredAt) : DialerEvent(OccurredAt);
