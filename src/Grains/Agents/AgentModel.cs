using System.Collections.Immutable;

namespace PureConnect.Grains.Agents;

/// <summary>The folded state of one agent stream.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AgentModel")]
public sealed record AgentModel
{
    public static readonly AgentModel Initial = new();

    /// <summary>Id of the agent's own ICWS session while logged in through us; null when logged out.</summary>
    [Id(0)]
    public string? SessionId { get; init; }
    [Id(1)]
    public StationSelection? Station { get; init; }
    [Id(2)]
    public string? StatusId { get; init; }
    [Id(3)]
    public string? Notes { get; init; }
    [Id(4)]
    public string? ForwardNumber { get; init; }
    [Id(5)]
    public DateTimeOffset? Until { get; init; }
    [Id(6)]
    public DateTimeOffset? StatusSince { get; init; }
    [Id(7)]
    public bool OnPhone { get; init; }
    [Id(8)]
    public bool CicLoggedIn { get; init; }
    [Id(9)]
    public ImmutableArray<string> Stations { get; init; } = [];

    /// <summary>Interactions on the agent's user queue: key → ICWS interaction id.</summary>
    [Id(10)]
    public ImmutableDictionary<string, string> Queue { get; init; } = ImmutableDictionary<string, string>.Empty;

    [Id(11)]
    public string? DisplayName { get; init; }

    /// <summary>The station the agent asked to be logged in to automatically (spec: "Remember Station").</summary>
    [Id(12)]
    public StationSelection? RememberedStation { get; init; }

    [Id(13)]
    public ImmutableArray<string> Favorites { get; init; } = [];

    /// <summary>Interactions with an open wrap-up: key → ICWS interaction id (listed even after CIC deallocated them).</summary>
    [Id(14)]
    public ImmutableDictionary<string, string> WrapUps { get; init; } = ImmutableDictionary<string, string>.Empty;

    [Id(15)]
    public Calls.CallHistoryState CallHistory { get; init; } = Calls.CallHistoryState.Initial;

    /// <summary>Whether the agent left the Advanced Dial section open (remembered per agent).</summary>
    [Id(16)]
    public bool AdvancedDialOpen { get; init; }

    /// <summary>Click-to-dial records waiting for their call to reach the queue: ICWS interaction id → records.</summary>
    [Id(17)]
    public ImmutableDictionary<string, DialAssociation> PendingAssociations { get; init; } = ImmutableDictionary<string, DialAssociation>.Empty;

    /// <summary>The agent's side of the Omni-Channel status sync.</summary>
    [Id(18)]
    public Presence.PresenceSyncState PresenceSync { get; init; } = Presence.PresenceSyncState.Initial;

    /// <summary>Why the last session ended (<see cref="Agents.LogoutReason"/>); null before any.</summary>
    [Id(19)]
    public string? LogoutReason { get; init; }

    /// <summary>The agent's Interaction Dialer: campaigns, break, the campaign call waiting for its disposition.</summary>
    [Id(30)]
    public Dialer.DialerState Dialer { get; init; } = PureConnect.Grains.Dialer.DialerState.Initial;
}

/// <summary>The Salesforce records (WhoId, WhatId) chosen for a click-to-dial call, and when it was placed.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialAssociation")]
public sealed record DialAssociation([property: Id(0)] string? WhoId, [property: Id(1)] string? WhatId, [property: Id(2)] DateTimeOffset PlacedAt);
