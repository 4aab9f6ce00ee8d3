namespace PureConnect.Replay.Output.Html;

/// <summary>Durations counted in buckets of equal width, a round width chosen so that there are at most <see cref="MaxBuckets"/>.</summary>
public sealed record Histogram(TimeSpan BucketWidth, IReadOnlyList<int> Counts)
{
    public const int MaxBuckets = 12;

    private static readonly TimeSpan[] Widths =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(2),
    ];

    /// <summary>Bucket i holds the durations d with i × width ≤ d &lt; (i + 1) × width; the last bucket also holds everything longer.</summary>
    public static Histogram Of(IReadOnlyCollection<TimeSpan> durations)
    {
        if (durations.Count == 0)
        {
            return new Histogram(Widths[0], []);
        }

        var longest = durations.Max();
        var width = Widths.FirstOrDefault(w => longest / w < MaxBuckets, Widths[^1]);
        var counts = new int[Math.Min(MaxBuckets, (int)(longest / width) + 1)];
        foreach (var duration in durations)
        {
            counts[Math.Min(counts.Length - 1, (int)(duration / width))]++;
        }

        return new Histogram(width, counts);
    }

    public TimeSpan StartOf(int bucket) => bucket * BucketWidth;
}
