using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PureConnect.Salesforce;

namespace PureConnect.CrmProjector.SalesforceUsage;

/// <summary>Where the org's API usage stands against this integration's share, for <c>/health</c> and
/// <c>GET /operations/salesforce-usage</c>.</summary>
public sealed record ApiUsageStatus(long? Used, long? Limit, double Share, double Consumed, string Level, bool SearchesPaused, TimeSpan CallLogInterval);

/// <summary>Reports the usage: <c>/health</c> turns Degraded near the share (searches paused, batching grown) and at it.</summary>
public sealed class ApiUsageReport(ISalesforceClient salesforce, IOptions<SalesforceApiUsageOptions> options,
    IOptions<CallLogs.CallLogSyncOptions> sync) : IHealthCheck
{
    public ApiUsageStatus Status()
    {
        var usage = salesforce.ApiUsage;
        var pacing = options.Value.Pacing;
        return new ApiUsageStatus(usage?.Used, usage?.Limit, pacing.Share, Math.Round(pacing.Consumed(usage), 4), pacing.Level(usage).ToString(),
            !pacing.SearchesAllowed(usage), pacing.CallLogInterval(sync.Value.Interval, usage));
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = Status();
        var data = new Dictionary<string, object>
        {
            ["used"] = status.Used ?? -1,
            ["limit"] = status.Limit ?? -1,
            ["share"] = status.Share,
            ["level"] = status.Level,
        };
        var summary = status.Used is null ? "Salesforce API usage not known yet" : $"Salesforce API usage {status.Used}/{status.Limit} ({status.Level})";
        return Task.FromResult(status.Level == nameof(ApiUsageLevel.Normal)
            ? HealthCheckResult.Healthy(summary, data)
            : HealthCheckResult.Degraded($"{summary}: near this integration's share; screen-pop searches paused, call logs batched", data: data));
    }
}
