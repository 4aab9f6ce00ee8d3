namespace PureConnect.Grains.Calls;

/// <summary>An agent's recent calls, newest first, at most <see cref="CallHistory.Capacity"/>.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallHistoryState")]
public sealed record CallHistoryState
{
    public static readonly CallHistoryState Initial = new();

    [Id(0)]
    public IReadOnlyList<CallHistoryItem> Items { get; init; } = [];
}
