using System.Collections.Immutable;

namespace PureConnect.Grains.Agents.Presence;

/// <summary>The agent's side of the Omni-Channel sync, folded from the agent's events.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.PresenceSyncState")]
public sealed record PresenceSyncState
{
    public static readonly PresenceSyncState Initial = new();

    /// <summary>The presence Omni-Channel last showed, and since when.</summary>
    [Id(0)]
    public string? OmniStatusId { get; init; }
    [Id(1)]
    public DateTimeOffset? OmniSince { get; init; }

    /// <summary>The presence the console must apply (CIC → Omni), until confirmed, withdrawn or replaced.</summary>
    [Id(2)]
    public PendingOmniPresence? Pending { get; init; }

    /// <summary>CIC statuses the sync asked for whose change has not come back yet: their change is not carried to Omni.</summary>
    [Id(3)]
    public ImmutableList<SyncedCicStatus> ExpectedCic { get; init; } = [];

    /// <summary>The last requests to the console (newest last): a late application of one of them is ours, not the agent's.</summary>
    [Id(4)]
    public ImmutableList<PendingOmniPresence> Recent { get; init; } = [];

    /// <summary>The CIC status an Omni-Channel change asked for while the agent had no CIC session: set when the session starts.</summary>
    [Id(5)]
    public UnappliedCicStatus? Unapplied { get; init; }
}

[GenerateSerializer, Immutable, Alias("PureConnect.UnappliedCicStatus")]
public sealed record UnappliedCicStatus([property: Id(0)] string CicStatusId, [property: Id(1)] string OmniStatusId, [property: Id(2)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("PureConnect.PendingOmniPresence")]
public sealed record PendingOmniPresence([property: Id(0)] string RequestId, [property: Id(1)] string OmniStatusId, [property: Id(2)] string CicStatusId,
    [property: Id(3)] DateTimeOffset RequestedAt, [property: Id(4)] bool HeldForCall);

[GenerateSerializer, Immutable, Alias("PureConnect.SyncedCicStatus")]
public sealed record SyncedCicStatus([property: Id(0)] string StatusId, [property: Id(1)] DateTimeOffset RequestedAt);
