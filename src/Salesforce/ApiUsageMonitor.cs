using System.Diagnostics.Metrics;

namespace PureConnect.Salesforce;

/// <summary>
/// The latest <c>Sforce-Limit-Info</c> seen, exposed as <see cref="Current"/> and as gauges of the meter
/// <c>PureConnect.Salesforce</c>: <c>salesforce.api.usage</c> and <c>salesforce.api.limit</c>.
/// </summary>
internal sealed class ApiUsageMonitor
{
    public const string MeterName = "PureConnect.Salesforce";

    private ApiUsage? _current;

    public ApiUsageMonitor(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge("salesforce.api.usage", () => Observe(usage => usage.Used), "{request}",
            "API requests used in the org's rolling 24-hour window");
        meter.CreateObservableGauge("salesforce.api.limit", () => Observe(usage => usage.Limit), "{request}",
            "API requests allowed in the org's rolling 24-hour window");
    }

    public ApiUsage? Current => Volatile.Read(ref _current);

    public void Record(ApiUsage usage) => Volatile.Write(ref _current, usage);

    private IEnumerable<Measurement<long>> Observe(Func<ApiUsage, long> value) =>
        Current is { } usage ? [new Measurement<long>(value(usage))] : [];
}
