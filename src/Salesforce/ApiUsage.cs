namespace PureConnect.Salesforce;

/// <summary>The org's API usage as the <c>Sforce-Limit-Info</c> header reports it (<c>api-usage=Used/Limit</c>, rolling 24 hours).</summary>
public sealed record ApiUsage(long Used, long Limit)
{
    /// <summary>Calls left before <c>REQUEST_LIMIT_EXCEEDED</c>.</summary>
    public long Remaining => Math.Max(0, Limit - Used);
}
