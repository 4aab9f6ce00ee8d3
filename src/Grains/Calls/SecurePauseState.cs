using System.Collections.Immutable;

namespace PureConnect.Grains.Calls;

/// <summary>The secure pauses on one call, per agent: a pause affects only that agent's own ad hoc recording.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.SecurePauseState")]
public sealed record SecurePauseState
{
    public static readonly SecurePauseState Initial = new();

    /// <summary>When each paused agent's pause runs out.</summary>
    [Id(0)]
    public ImmutableDictionary<string, DateTimeOffset> EndsAt { get; init; } = ImmutableDictionary<string, DateTimeOffset>.Empty;
}
