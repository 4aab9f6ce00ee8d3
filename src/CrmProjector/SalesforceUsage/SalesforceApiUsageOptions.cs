using PureConnect.Salesforce;

namespace PureConnect.CrmProjector.SalesforceUsage;

/// <summary>How the projector spends the org's API allocation (configuration section <c>SalesforceApiUsage</c>); see
/// <see cref="ApiUsagePacing"/>.</summary>
public sealed class SalesforceApiUsageOptions
{
    /// <summary>Part of the org's rolling 24-hour allocation this integration may use (the org's other integrations use the rest).</summary>
    public double Share { get; set; } = ApiUsagePacing.Default.Share;

    /// <summary>Fraction of <see cref="Share"/> at which screen-pop searches pause.</summary>
    public double SearchesPauseAt { get; set; } = ApiUsagePacing.Default.SearchesPauseAt;

    /// <summary>Fraction of <see cref="Share"/> from which the call-log batching window grows.</summary>
    public double BatchingFrom { get; set; } = ApiUsagePacing.Default.BatchingFrom;

    /// <summary>The widest call-log batching window, reached when the share is used up.</summary>
    public TimeSpan MaxCallLogInterval { get; set; } = ApiUsagePacing.Default.MaxInterval;

    /// <summary>How often the projector reads <c>/limits</c> (besides once at start-up); every response's
    /// <c>Sforce-Limit-Info</c> keeps the figure current in between.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    public ApiUsagePacing Pacing => new(Share, SearchesPauseAt, BatchingFrom, MaxCallLogInterval);
}
