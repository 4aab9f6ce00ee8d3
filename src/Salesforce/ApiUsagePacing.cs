namespace PureConnect.Salesforce;

/// <summary>How close the integration is to the part of the org's daily allocation it may use.</summary>
public enum ApiUsageLevel
{
    /// <summary>Plenty left: everything runs at its normal pace.</summary>
    Normal,

    /// <summary>Near the share: screen-pop searches are paused and call-log batching windows grow.</summary>
    Conserving,

    /// <summary>The share is used up: only call logs are written, in the widest batching window.</summary>
    AtShare,
}

/// <summary>
/// Slows the work that can wait before the org's API allocation runs out, so that the 403 wall
/// (<see cref="ApiLimitBackoff"/>) is the exception. <see cref="Share"/> is the part of the org's rolling 24-hour
/// allocation this integration may use (the org's other integrations use the rest). As usage approaches it, the least
/// urgent work gives way first: at <see cref="SearchesPauseAt"/> of the share, screen-pop searches stop (one call per
/// call, and the agent can still search in Salesforce); from <see cref="BatchingFrom"/> of the share the call-log
/// batching window grows geometrically from the normal interval to <see cref="MaxInterval"/>, reached at the share, so
/// each request carries more call logs. Call logs themselves are never dropped. Pure.
/// </summary>
public sealed record ApiUsagePacing(double Share, double SearchesPauseAt, double BatchingFrom, TimeSpan MaxInterval)
{
    /// <summary>The defaults: 90 % of the allocation; searches pause at 80 % of that, batching grows from 85 % up to a minute.</summary>
    public static readonly ApiUsagePacing Default = new(0.9, 0.8, 0.85, TimeSpan.FromMinutes(1));

    /// <summary>Used requests as a fraction of the share (1 = share used up); 0 when the usage is unknown.</summary>
    public double Consumed(ApiUsage? usage) =>
        usage is { Limit: > 0 } reported && Share > 0 ? reported.Used / (reported.Limit * Share) : 0;

    public ApiUsageLevel Level(ApiUsage? usage) => Consumed(usage) switch
    {
        >= 1 => ApiUsageLevel.AtShare,
        var consumed when consumed >= Math.Min(SearchesPauseAt, BatchingFrom) => ApiUsageLevel.Conserving,
        _ => ApiUsageLevel.Normal,
    };

    /// <summary>Whether a screen-pop search may spend an API call now.</summary>
    public bool SearchesAllowed(ApiUsage? usage) => Consumed(usage) < SearchesPauseAt;

    /// <summary>The wait between call-log rounds: <paramref name="normal"/> until <see cref="BatchingFrom"/>, then growing
    /// geometrically to <see cref="MaxInterval"/> at the share and beyond.</summary>
    public TimeSpan CallLogInterval(TimeSpan normal, ApiUsage? usage)
    {
        var consumed = Consumed(usage);
        if (consumed < BatchingFrom || MaxInterval <= normal || normal <= TimeSpan.Zero)
            return normal;

        if (consumed >= 1 || BatchingFrom >= 1)
            return MaxInterval;

        var progress = (consumed - BatchingFrom) / (1 - BatchingFrom);
        var milliseconds = normal.TotalMilliseconds * Math.Pow(MaxInterval.TotalMilliseconds / normal.TotalMilliseconds, progress);
        return TimeSpan.FromMilliseconds(Math.Round(Math.Min(milliseconds, MaxInterval.TotalMilliseconds)));
    }
}
