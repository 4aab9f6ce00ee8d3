using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.CrmProjector.IntegrationTests.Infrastructure;

namespace PureConnect.CrmProjector.IntegrationTests.CallLogs;

/// <summary>The projector reads the org's API usage (<c>/limits</c>) by itself, shows it to operators, turns <c>/health</c> Degraded
/// near its share of the allocation, and still writes every call log, in wider batching windows.</summary>
[Collection(BrokerCollection.Name)]
public sealed class ApiUsagePacingTests(BrokerFixture broker)
{
    [Fact]
    public async Task Near_its_share_of_the_allocation_the_projector_reports_degraded_and_still_writes_the_call_logs()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "usage", settings: new Dictionary<string, string?>
        {
            ["SalesforceApiUsage:RefreshInterval"] = "00:00:01",
            ["SalesforceApiUsage:MaxCallLogInterval"] = "00:00:02",
        });
        var normal = await Eventually.MatchesAsync(() => UsageAsync(harness), u => u.GetProperty("used").ValueKind == JsonValueKind.Number,
            because: "the usage read from /limits at start-up");
        Assert.Equal(("Normal", false), (normal.GetProperty("level").GetString(), normal.GetProperty("searchesPaused").GetBoolean()));
        Assert.Equal(100_000, normal.GetProperty("limit").GetInt64());

        using (var set = await harness.Salesforce.PutAsJsonAsync("/control/api-usage", new { used = 95_000 }))
            set.EnsureSuccessStatusCode();

        var near = await Eventually.MatchesAsync(() => UsageAsync(harness), u => u.GetProperty("level").GetString() == "AtShare",
            because: "the periodic /limits read to see the usage near the wall");
        Assert.True(near.GetProperty("searchesPaused").GetBoolean());
        Assert.Equal("00:00:02", near.GetProperty("callLogInterval").GetString());
        Assert.Equal("Degraded", await Eventually.MatchesAsync(() => HealthAsync(harness), h => h == "Degraded", because: "/health to show it"));

        var call = harness.NewCall(1, talkSeconds: 20);
        await harness.AppendAsync(call);
        await harness.AssertEachCallIsExactlyOneCompletedTaskAsync([call], TimeSpan.FromSeconds(60));
    }

    private static async Task<JsonElement> UsageAsync(ProjectorHarness harness)
    {
        using var projector = harness.Projector;
        return await projector.GetFromJsonAsync<JsonElement>("/operations/salesforce-usage");
    }

    private static async Task<string> HealthAsync(ProjectorHarness harness)
    {
        using var projector = harness.Projector;
        using var response = await projector.GetAsync("/health");
        return await response.Content.ReadAsStringAsync();
    }
}
