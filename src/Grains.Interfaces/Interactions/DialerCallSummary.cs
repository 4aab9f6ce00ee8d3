namespace PureConnect.Grains.Interactions;

/// <summary>An Interaction Dialer call as its interaction shows it: the campaign, and once given the disposition and the
/// callback it scheduled (<see cref="CallbackToMe"/>: to the agent, else to anyone).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerCallSummary")]
public sealed record DialerCallSummary(
    [property: Id(0)] string? CampaignId,
    [property: Id(1)] string? CampaignName,
    [property: Id(2)] string? Disposition,
    [property: Id(3)] DateTimeOffset? CallbackAt,
    [property: Id(4)] bool CallbackToMe);
