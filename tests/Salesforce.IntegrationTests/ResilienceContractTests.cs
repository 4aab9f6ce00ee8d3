using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>
/// Faults injected by the simulator against the client's retry: row locks always and 5xx on idempotent requests are
/// retried with back-off (every attempt is one counted API request, which is how the tests see the attempts); what
/// outlives the retries, or cannot be retried, surfaces typed. Faults target each test's own external id.
/// </summary>
public sealed class ResilienceContractTests(SalesforceOrgFixture org) : IClassFixture<SalesforceOrgFixture>
{
    private readonly SalesforceClient _client = org.CreateClient();

    [Theory]
    [InlineData("UnableToLockRow")]
    [InlineData("ServiceUnavailable")]
    [InlineData("ServerError")]
    public async Task Transient_failures_fewer_than_the_retries_are_retried_and_the_upsert_succeeds(string kind)
    {
        var externalId = SalesforceOrgFixture.NewExternalId();
        await org.Control.InjectFaultAsync(kind, count: 2, pathContains: externalId);
        var usedBefore = await UsedAsync();

        var saved = await _client.UpsertTaskAsync(SalesforceTask.NewCall(externalId) with { Subject = "after faults" });

        Assert.True(saved.Success);
        Assert.Equal(usedBefore + 3, await UsedAsync());
        Assert.Equal("after faults", (await org.Control.SingleTaskAsync(externalId)).GetProperty("Subject").GetString());
    }

    [Fact]
    public async Task Row_locks_outlasting_the_retries_surface_as_a_transient_error_with_the_code()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();
        await org.Control.InjectFaultAsync("UnableToLockRow", count: SalesforceOrgFixture.MaxRetries + 1, pathContains: externalId);
        var usedBefore = await UsedAsync();

        var error = await Assert.ThrowsAsync<SalesforceTransientException>(() => _client.UpsertTaskAsync(SalesforceTask.NewCall(externalId)));

        Assert.Equal((400, "UNABLE_TO_LOCK_ROW"), (error.StatusCode, error.ErrorCode));
        Assert.Equal(usedBefore + SalesforceOrgFixture.MaxRetries + 1, await UsedAsync());
        Assert.Empty(await org.Control.TasksAsync(externalId));
    }

    [Fact]
    public async Task A_create_is_retried_after_a_row_lock_but_not_after_a_503_which_might_have_written()
    {
        await org.Control.InjectFaultAsync("UnableToLockRow", count: 1, pathContains: "/sobjects/Task", method: "POST");
        var locked = await _client.CreateTaskAsync(new SalesforceTask { Subject = "locked once" });
        Assert.True(locked.Success);

        await org.Control.InjectFaultAsync("ServiceUnavailable", count: 1, pathContains: "/sobjects/Task", method: "POST");
        var usedBefore = await UsedAsync();
        var error = await Assert.ThrowsAsync<SalesforceTransientException>(() => _client.CreateTaskAsync(new SalesforceTask { Subject = "503" }));

        Assert.Equal((503, "SERVER_UNAVAILABLE"), (error.StatusCode, error.ErrorCode));
        Assert.Equal(usedBefore + 1, await UsedAsync());
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_row_lock_answered_with_a_5xx_is_retried_even_on_a_create(int status)
    {
        var subject = "locked as " + status + " " + Guid.NewGuid().ToString("N")[..8];
        await org.Control.InjectFaultAsync("UnableToLockRow", count: 2, pathContains: "/sobjects/Task", method: "POST", statusCode: status);
        var usedBefore = await UsedAsync();

        var created = await _client.CreateTaskAsync(new SalesforceTask { Subject = subject });

        Assert.True(created.Success);
        Assert.Equal(usedBefore + 3, await UsedAsync());
    }

    [Fact]
    public async Task A_validation_rule_failure_is_an_api_error_with_the_rule_message_and_fields()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();
        await org.Control.InjectFaultAsync("ValidationRule", 1, externalId, message: "Call result is required when closing a call", fields: ["CallDisposition"]);

        var error = await Assert.ThrowsAsync<SalesforceApiException>(() => _client.UpsertTaskAsync(SalesforceTask.NewCall(externalId)));

        Assert.Equal((400, "FIELD_CUSTOM_VALIDATION_EXCEPTION"), (error.StatusCode, error.ErrorCode));
        Assert.Equal("Call result is required when closing a call", error.Errors[0].Message);
        Assert.Equal(["CallDisposition"], error.Fields);
    }

    [Fact]
    public async Task An_injected_deleted_entity_is_an_api_error_and_is_not_retried()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();
        await org.Control.InjectFaultAsync("EntityIsDeleted", 1, externalId);
        var usedBefore = await UsedAsync();

        var error = await Assert.ThrowsAsync<SalesforceApiException>(() => _client.UpsertTaskAsync(SalesforceTask.NewCall(externalId)));

        Assert.Equal((404, "ENTITY_IS_DELETED"), (error.StatusCode, error.ErrorCode));
        Assert.Equal(usedBefore + 1, await UsedAsync());
    }

    private async Task<long> UsedAsync() => (await org.Control.UsageAsync()).Used;
}
