using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

/// <summary>
/// What the call rules need to know about one interaction: a snapshot of its folded state plus what the interaction
/// stream does not hold (whether it is an Interaction Dialer call). Grains build it with <see cref="Of"/>.
/// </summary>
public sealed record CallFacts(
    string InteractionId,
    string ObjectType,
    InteractionStatus Status,
    string? UserId,
    string? Workgroup = null,
    InteractionDirection Direction = InteractionDirection.Inbound,
    string RemoteAddress = "",
    bool IsDialer = false)
{
    public const string CallObjectType = "Call";

    public static CallFacts Of(InteractionModel state, bool isDialer = false) => new(
        state.InteractionId, state.ObjectType, state.Status, state.UserId, state.Workgroup, state.Direction, state.RemoteAddress, isDialer);

    public bool IsCall => string.Equals(ObjectType, CallObjectType, StringComparison.OrdinalIgnoreCase);

    public bool IsConnected => Status == InteractionStatus.Connected;

    /// <summary>Connected or held: the agent is on it.</summary>
    public bool IsLive => Status is InteractionStatus.Connected or InteractionStatus.Held;

    /// <summary>ACD-routed: it came through a workgroup and the agent did not place it (the wrap-up prompt's test too).</summary>
    public bool IsAcd => Workgroup is not null && Direction != InteractionDirection.Outbound;

    public bool IsOwnedBy(string userId) => UserId == userId;
}
