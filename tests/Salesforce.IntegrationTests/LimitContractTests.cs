using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>The rolling API allocation: <c>Sforce-Limit-Info</c> on every response, the client's property and gauges,
/// and 403 <c>REQUEST_LIMIT_EXCEEDED</c> as a typed exception that the caller survives.</summary>
public sealed class LimitContractTests(SalesforceOrgFixture org) : IClassFixture<SalesforceOrgFixture>
{
    [Fact]
    public async Task The_limits_resource_reports_the_daily_allocation_and_the_client_records_it()
    {
        var client = org.CreateClient();
        await org.Control.SetUsageAsync(used: 1_234);

        var usage = await client.GetApiUsageAsync();

        // The /limits request is itself counted, so Remaining already excludes it.
        Assert.Equal(new ApiUsage(1_235, SalesforceOrgFixture.DailyLimit), usage);
        Assert.Equal(usage, client.ApiUsage);
        using var raw = await org.Control.RawAsync(HttpMethod.Get, "limits");
        var daily = (await OrgControl.JsonAsync(raw)).GetProperty("DailyApiRequests");
        Assert.Equal(SalesforceOrgFixture.DailyLimit, daily.GetProperty("Max").GetInt64());
        Assert.Equal(SalesforceOrgFixture.DailyLimit - 1_236, daily.GetProperty("Remaining").GetInt64()); // + this request (tokens are not counted)
        await org.Control.SetUsageAsync(used: 0);
    }

    [Fact]
    public async Task The_client_exposes_the_usage_of_the_latest_response_as_a_property_and_as_gauges()
    {
        var (client, services) = org.CreateClientWithServices();
        var factory = services.GetRequiredService<IMeterFactory>();
        var measured = new Dictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "PureConnect.Salesforce" && ReferenceEquals(instrument.Meter.Scope, factory))
                    l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => measured[instrument.Name] = value);
        listener.Start();
        Assert.Null(client.ApiUsage);

        await client.UpsertTaskAsync(SalesforceTask.NewCall(SalesforceOrgFixture.NewExternalId()));
        listener.RecordObservableInstruments();

        var (used, limit) = await org.Control.UsageAsync();
        Assert.Equal(new ApiUsage(used, limit), client.ApiUsage);
        Assert.Equal(SalesforceOrgFixture.DailyLimit, limit);
        Assert.Equal(used, measured["salesforce.api.usage"]);
        Assert.Equal(limit, measured["salesforce.api.limit"]);
    }

    [Fact]
    public async Task An_exhausted_allocation_is_a_typed_exception_without_retries_and_work_resumes_once_restored()
    {
        var client = org.CreateClient();
        var call = SalesforceTask.NewCall(SalesforceOrgFixture.NewExternalId()) with { Subject = "held" };
        await client.UpsertTaskAsync(new SalesforceTask { ExternalId = SalesforceOrgFixture.NewExternalId() }); // token and warm-up
        await org.Control.SetUsageAsync(used: SalesforceOrgFixture.DailyLimit);

        try
        {
            var error = await Assert.ThrowsAsync<SalesforceLimitExceededException>(() => client.UpsertTaskAsync(call));

            Assert.Equal("REQUEST_LIMIT_EXCEEDED", error.ErrorCode);
            Assert.Equal(new ApiUsage(SalesforceOrgFixture.DailyLimit, SalesforceOrgFixture.DailyLimit), error.Usage);
            Assert.Equal(SalesforceOrgFixture.DailyLimit, (await org.Control.UsageAsync()).Used);
            Assert.Empty(await org.Control.TasksAsync(call.ExternalId!));
        }
        finally
        {
            await org.Control.SetUsageAsync(used: 0);
        }

        Assert.Equal(true, (await client.UpsertTaskAsync(call)).Created);
        Assert.Equal(new ApiUsage(1, SalesforceOrgFixture.DailyLimit), client.ApiUsage);
    }

    [Fact]
    public async Task Every_data_response_carries_the_header_and_the_versions_list_is_free()
    {
        var token = await org.Control.RawTokenAsync();
        var usedBefore = (await org.Control.UsageAsync()).Used;

        using var versions = await org.RawHttp.GetAsync("/services/data");
        using var ok = await org.Control.RawAsync(HttpMethod.Post, "sobjects/Task", """{"Subject":"x"}""", token);
        using var refused = await org.Control.RawAsync(HttpMethod.Get, "sobjects/Task/00T000000000001AAA", token: "00D!unknown");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Unauthorized], new[] { versions.StatusCode, ok.StatusCode, refused.StatusCode });
        Assert.Equal($"api-usage={usedBefore}/{SalesforceOrgFixture.DailyLimit}", versions.Headers.GetValues("Sforce-Limit-Info").Single());
        Assert.Equal($"api-usage={usedBefore + 1}/{SalesforceOrgFixture.DailyLimit}", ok.Headers.GetValues("Sforce-Limit-Info").Single());
        Assert.Equal($"api-usage={usedBefore + 1}/{SalesforceOrgFixture.DailyLimit}", refused.Headers.GetValues("Sforce-Limit-Info").Single());
    }
}
