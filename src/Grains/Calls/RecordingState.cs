namespace PureConnect.Grains.Calls;

/// <summary>The recordings running on one call: at most one ad hoc and one snippet, never both (the snippet absorbs
/// the ad hoc).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.RecordingState")]
public sealed record RecordingState
{
    public static readonly RecordingState Initial = new();

    /// <summary>The agent whose ad hoc recording runs; null when none does.</summary>
    [Id(0)]
    public string? AdHocBy { get; init; }
    [Id(1)]
    public bool SnippetActive { get; init; }
    /// <summary>Who started the running snippet; null when someone else did (observed from CIC).</summary>
    [Id(2)]
    public string? SnippetBy { get; init; }
    /// <summary>The agent whose ad hoc recording merged into the running snippet.</summary>
    [Id(3)]
    public string? MergedFrom { get; init; }
    /// <summary>The separate recordings made of this call so far.</summary>
    [Id(4)]
    public int Recordings { get; init; }
    /// <summary>
    /// What our own Snip or Record press made of the snippet (true: started, false: stopped) until CIC's attributes show it;
    /// null when nothing is awaited. A message CIC sent before the press must not undo it.
    /// </summary>
    [Id(5)]
    public bool? SnippetAwaited { get; init; }
    [Id(6)]
    public DateTimeOffset? SnippetAwaitedSince { get; init; }

    public bool AdHocActive => AdHocBy is not null;

    /// <summary>Whether <paramref name="userId"/> may stop the snippet: it is theirs, or their ad hoc merged into it.</summary>
    public bool SnippetStoppableBy(string userId) => SnippetActive && (SnippetBy == userId || MergedFrom == userId);
}
