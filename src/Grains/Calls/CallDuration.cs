namespace PureConnect.Grains.Calls;

/// <summary>The call log's Call Duration: "from the time of connection to disconnection or transfer". A transfer ends the
/// agent's part of the call, so <see cref="InteractionTransferred"/> carries that moment.</summary>
public static class CallDuration
{
    /// <summary>Zero for a call never connected; up to <paramref name="now"/> for one still going.</summary>
    public static TimeSpan Of(DateTimeOffset? connectedAt, DateTimeOffset? disconnectedAt, DateTimeOffset? transferredAt, DateTimeOffset now)
    {
        if (connectedAt is not { } start)
        {
            return TimeSpan.Zero;
        }

        var end = (disconnectedAt, transferredAt) switch
        {
            ({ } d, { } t) => d < t ? d : t,
            ({ } d, null) => d,
            (null, { } t) => t,
            _ => now,
        };
        return end > start ? end - start : TimeSpan.Zero;
    }
}
