using System.Net;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>Spec: "Set your status", "Set status notes and details", "Favorite statuses", and "If you log out ... your status persists".</summary>
[Collection(StackCollection.Name)]
public sealed class StatusApiTests(StackFixture stack)
{
    [Fact]
    public async Task A_forward_status_needs_a_forward_number_and_an_accepted_status_arrives_on_the_event_stream()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(agentId);
        await using var events = await api.OpenEventsAsync();
        Assert.Equal("snapshot", (await events.NextAsync()).Name);

        (await api.PutAsync("/api/me/status", new { statusId = "Available, Forward" })).ShouldFail(HttpStatusCode.BadRequest, "status.forwardNumberRequired");
        (await api.PutAsync("/api/me/status", new { statusId = "Available, Forward", forwardNumber = "3175550123", notes = "cell" }))
            .ShouldBe(HttpStatusCode.Accepted);

        var agent = await events.WaitForAsync("agent", a => a.GetProperty("statusId").GetString() == "Available, Forward");
        Assert.Equal("3175550123", agent.GetProperty("forwardNumber").GetString());
        Assert.Equal("cell", agent.GetProperty("notes").GetString());
        await api.DeleteAsync("/api/session");
    }

    [Fact]
    public async Task A_status_change_CIC_accepts_and_later_fails_answers_the_failure_and_leaves_the_status()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(agentId);
        (await api.PutAsync("/api/me/status", new { statusId = "At Lunch" })).ShouldBe(HttpStatusCode.Accepted);
        await Eventually.MatchesAsync(() => api.GetAsync("/api/me"), me => me.Json.GetProperty("statusId").GetString() == "At Lunch");

        // CIC answers 202 with a request id, then an asyncOperationCompletedMessage with an error on the agent's own session.
        await stack.Control.PutJsonAsync($"/control/users/{agentId}/status-change-failure",
            new { errorId = "error.status.changeFailed", message = "Status service unavailable" });
        try
        {
            var failed = (await api.PutAsync("/api/me/status", new { statusId = "Gone Home" })).ShouldFail(HttpStatusCode.BadGateway, "status.failed");
            Assert.Contains("Status service unavailable", failed.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal("At Lunch", (await api.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("statusId").GetString());
        }
        finally
        {
            await stack.Control.DeleteAsync($"/control/users/{agentId}/status-change-failure");
        }

        (await api.PutAsync("/api/me/status", new { statusId = "Gone Home" })).ShouldBe(HttpStatusCode.Accepted);
        await Eventually.MatchesAsync(() => api.GetAsync("/api/me"), me => me.Json.GetProperty("statusId").GetString() == "Gone Home");
        await api.DeleteAsync("/api/session");
    }

    [Fact]
    public async Task Logging_out_keeps_the_status_as_it_was()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(agentId);
        (await api.PutAsync("/api/me/status", new { statusId = "At Lunch" })).ShouldBe(HttpStatusCode.Accepted);
        await Eventually.MatchesAsync(() => api.GetAsync("/api/me"), me => me.Json.GetProperty("statusId").GetString() == "At Lunch");

        Assert.Equal("loggedOut", (await api.DeleteAsync("/api/session")).ShouldBe(HttpStatusCode.OK).Step);
        (await api.GetAsync("/api/me")).ShouldBe(HttpStatusCode.Unauthorized);

        await api.LogInReadyAsync(agentId);
        var me = (await api.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("At Lunch", me.Json.GetProperty("statusId").GetString());
        Assert.Equal("At Lunch", me.Json.GetProperty("statusText").GetString());
        await api.DeleteAsync("/api/session");
    }

    [Fact]
    public async Task Favorite_statuses_come_first_and_are_kept_for_the_agent()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(agentId);

        var me = (await api.PutAsync("/api/me/favorites", new { statusIds = new[] { "Gone Home", "At Lunch" } })).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(["Gone Home", "At Lunch"], me.Json.GetProperty("favorites").EnumerateArray().Select(f => f.GetString()));
        (await api.PutAsync("/api/me/favorites", new { statusIds = new[] { "No such status" } })).ShouldFail(HttpStatusCode.BadRequest, "favorites.unknownStatus");

        var statuses = (await api.GetAsync("/api/statuses")).ShouldBe(HttpStatusCode.OK).Json.EnumerateArray().ToList();
        Assert.Equal(["At Lunch", "Gone Home"], statuses.Take(2).Select(s => s.GetProperty("statusId").GetString()));
        Assert.All(statuses.Take(2), s => Assert.True(s.GetProperty("isFavorite").GetBoolean()));
        Assert.DoesNotContain(statuses, s => s.GetProperty("statusId").GetString() == "ACD - Agent Not Answering");
        var search = (await api.GetAsync("/api/statuses?search=forw")).ShouldBe(HttpStatusCode.OK).Json.EnumerateArray().ToList();
        Assert.Equal(["Available, Forward"], search.Select(s => s.GetProperty("statusId").GetString()));

        await api.DeleteAsync("/api/session");
        await api.LogInReadyAsync(agentId);
        var again = (await api.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(["Gone Home", "At Lunch"], again.Json.GetProperty("favorites").EnumerateArray().Select(f => f.GetString()));
        await api.DeleteAsync("/api/session");
    }
}
