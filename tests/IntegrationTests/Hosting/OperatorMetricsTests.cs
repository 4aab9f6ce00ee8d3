using System.Globalization;
using System.Text.RegularExpressions;
using PureConnect.IntegrationTests.Infrastructure;
using PureConnect.TestSupport;

namespace PureConnect.IntegrationTests.Hosting;

/// <summary>The projector's own gauges, as an operator reads them (Prometheus text at <c>/metrics</c>, and the same instruments
/// over OTLP in the dashboard): how far behind the relay is, and how many call logs wait for Salesforce or were refused.</summary>
[Collection(StackCollection.Name)]
public sealed partial class OperatorMetricsTests(StackFixture stack)
{
    [Fact]
    public async Task The_projector_reports_relay_lag_and_the_call_log_backlog()
    {
        using var http = new HttpClient { BaseAddress = stack.ProjectorUri, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Operations-Key", StackFixture.OperationsKey);

        var values = await Eventually.MatchesAsync(async () => Gauges(await http.GetStringAsync("/metrics")),
            g => g.ContainsKey("pureconnect_relay_lag") && g.ContainsKey("pureconnect_calllogs_pending") && g.ContainsKey("pureconnect_calllogs_failed"),
            TimeSpan.FromMinutes(2), because: "the relay's lag and the call-log backlog gauges (the backlog is counted every 5 s)");

        Assert.InRange(values["pureconnect_relay_lag"], 0, 60);
        Assert.True(values["pureconnect_calllogs_pending"] >= 0);
        Assert.True(values["pureconnect_calllogs_failed"] >= 0);
    }

    /// <summary>Gauge name (without the unit suffix the exporter adds) → value.</summary>
    private static Dictionary<string, double> Gauges(string exposition) =>
        Sample().Matches(exposition).GroupBy(m => m.Groups["name"].Value)
            .ToDictionary(g => g.Key, g => double.Parse(g.Last().Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>pureconnect_(?:relay_lag|calllogs_pending|calllogs_failed))(?:_[a-z]+)?(?:\{[^}]*\})?\s+(?<value>[-0-9.eE+]+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
