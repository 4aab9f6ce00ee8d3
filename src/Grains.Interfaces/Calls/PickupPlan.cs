namespace PureConnect.Grains.Calls;

/// <summary>How to pick up <paramref name="InteractionId"/>: first hold <paramref name="HoldFirst"/> (the agent's other
/// connected calls), then pick up, then hold it at once when <paramref name="HoldAfterPickup"/> (the Hold button on an
/// alerting interaction).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.PickupPlan")]
public sealed record PickupPlan(string InteractionId, IReadOnlyList<string> HoldFirst, bool HoldAfterPickup);
