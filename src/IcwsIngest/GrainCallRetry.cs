namespace PureConnect.IcwsIngest;

/// <summary>
/// How long a lane keeps trying one grain call: at most <see cref="MaxAttempts"/> attempts, waiting
/// <see cref="FirstDelay"/> after the first failure and twice as long after each next one, up to <see cref="MaxDelay"/>.
/// </summary>
public sealed record GrainCallRetry(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>Whether to try again after <paramref name="failedAttempts"/> failures.</summary>
    public bool ShouldRetry(int failedAttempts) => failedAttempts < MaxAttempts;

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failure (1 for the first).</summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(failedAttempts);
        var delay = FirstDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        return TimeSpan.FromMilliseconds(Math.Min(delay, MaxDelay.TotalMilliseconds));
    }

    public static GrainCallRetry From(IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(Math.Max(1, options.MaxGrainCallAttempts), options.FirstRetryDelay, options.MaxRetryDelay);
    }
}
