namespace PureConnect.Replay.Reports;

/// <summary>The time a report covers: from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive); null is open.</summary>
public sealed record ReportRange(DateTimeOffset? From, DateTimeOffset? To)
{
    public static readonly ReportRange All = new(null, null);

    public bool Contains(DateTimeOffset at) => (From is null || at >= From) && (To is null || at < To);

    /// <summary>The part of [<paramref name="start"/>, <paramref name="end"/>) inside the range, or null.</summary>
    public (DateTimeOffset Start, DateTimeOffset End)? Clip(DateTimeOffset start, DateTimeOffset end)
    {
        var clippedStart = From is { } from && from > start ? from : start;
        var clippedEnd = To is { } to && to < end ? to : end;
        return clippedEnd > clippedStart ? (clippedStart, clippedEnd) : null;
    }
}
