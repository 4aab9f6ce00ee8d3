namespace PureConnect.Salesforce;

/// <summary>
/// When to try Salesforce again after <c>REQUEST_LIMIT_EXCEEDED</c>. The org's allowance is a rolling 24-hour window: capacity
/// comes back a little at a time as the requests of a day ago age out, so a fixed hold either probes a dead org too often or
/// waits long after it recovered. The hold starts at <see cref="Initial"/> and doubles with every refusal in a row up to
/// <see cref="Max"/> (the caller resets the count once a request succeeds). The usage the org last reported
/// (<c>Sforce-Limit-Info: api-usage=Used/Limit</c>) shortens it: with room again (<c>Used &lt; Limit</c>) the next probe
/// comes after <see cref="Initial"/>; over the limit by N requests, no later than the time N requests take to age out at the
/// window's average pace (<c>24 h × N / Limit</c>), so the org is probed sooner the closer its usage is to the limit.
/// </summary>
public sealed record ApiLimitBackoff(TimeSpan Initial, TimeSpan Max)
{
    /// <summary>Salesforce counts API requests over a rolling 24 hours.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <param name="refusals">Refusals in a row, this one included (1 for the first).</param>
    /// <param name="usage">The usage reported with the refusal, when there was one.</param>
    public TimeSpan Delay(int refusals, ApiUsage? usage)
    {
        var doubled = Doubled(Math.Max(1, refusals));
        if (usage is not { Limit: > 0 } reported)
        {
            return doubled;
        }

        if (reported.Used < reported.Limit)
        {
            return Initial;
        }

        var overdraft = reported.Used - reported.Limit + 1;
        var agingOut = Window * Math.Min(1.0, (double)overdraft / reported.Limit);
        var delay = agingOut < doubled ? agingOut : doubled;
        return delay < Initial ? Initial : delay;
    }

    private TimeSpan Doubled(int refusals)
    {
        var delay = Initial;
        for (var i = 1; i < refusals && delay < Max; i++)
        {
            delay *= 2;
        }

        return delay < Max ? delay : Max;
    }
}
