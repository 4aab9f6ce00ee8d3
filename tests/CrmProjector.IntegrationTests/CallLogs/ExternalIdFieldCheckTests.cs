using System.Net;
using PureConnect.CrmProjector.IntegrationTests.Infrastructure;

namespace PureConnect.CrmProjector.IntegrationTests.CallLogs;

/// <summary>A Task without the configured external-id field is said plainly on <c>/health</c> (Unhealthy) while the projector
/// keeps running, instead of failing every write silently or crashing in a loop.</summary>
[Collection(BrokerCollection.Name)]
public sealed class ExternalIdFieldCheckTests(BrokerFixture broker)
{
    [Fact]
    public async Task A_missing_external_id_field_makes_health_unhealthy_and_the_projector_stays_up()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "extid", settings: new Dictionary<string, string?>
        {
            ["Salesforce:ExternalIdField"] = "CallId__c",
        });

        var (status, _) = await Eventually.MatchesAsync(() => HealthAsync(harness), h => h.Body == "Unhealthy", because: "the missing field to show on /health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        using var projector = harness.Projector;
        Assert.Equal(HttpStatusCode.OK, (await projector.GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task The_configured_field_passes_the_check()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "extidok");

        await Eventually.MatchesAsync(() => HealthAsync(harness), h => h.Body == "Healthy", because: "the field to be found");
    }

    private static async Task<(HttpStatusCode Status, string Body)> HealthAsync(ProjectorHarness harness)
    {
        using var projector = harness.Projector;
        using var response = await projector.GetAsync("/health");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
