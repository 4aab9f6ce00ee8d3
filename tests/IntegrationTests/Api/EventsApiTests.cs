using System.Net;
using Orleans.Runtime;
using PureConnect.Grains.Agents;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary><c>GET /api/me/events</c>: snapshot first (also after a reconnect), then deltas, pings while idle, one subscription per connection.</summary>
[Collection(StackCollection.Name)]
public sealed class EventsApiTests(StackFixture stack)
{
    [Fact]
    public async Task A_reconnecting_client_gets_a_snapshot_with_what_changed_while_it_was_away()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(agentId);
        await using (var first = await api.OpenEventsAsync())
        {
            var (name, snapshot) = await first.NextAsync();
            Assert.Equal("snapshot", name);
            Assert.Equal(agentId, snapshot.GetProperty("agent").GetProperty("userId").GetString());
            (await api.PutAsync("/api/me/status", new { statusId = "Do Not Disturb" })).ShouldBe(HttpStatusCode.Accepted);
            await first.WaitForAsync("agent", a => a.GetProperty("statusId").GetString() == "Do Not Disturb");
        }

        (await api.PutAsync("/api/me/status", new { statusId = "Away from desk" })).ShouldBe(HttpStatusCode.Accepted);
        await Eventually.MatchesAsync(() => api.GetAsync("/api/me"), me => me.Json.GetProperty("statusId").GetString() == "Away from desk");

        await using var second = await api.OpenEventsAsync();
        var (again, data) = await second.NextAsync();
        Assert.Equal("snapshot", again);
        Assert.Equal("Away from desk", data.GetProperty("agent").GetProperty("statusId").GetString());
        await api.DeleteAsync("/api/session");
    }

    [Fact]
    public async Task When_the_CIC_session_ends_the_stream_says_logged_out_and_closes_and_a_new_stream_says_it_at_once()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(agentId);
        await using (var events = await api.OpenEventsAsync())
        {
            Assert.Equal("snapshot", (await events.NextAsync()).Name);
            await stack.Control.ExpireSessionsOfAsync(agentId);
            var answer = await api.PutAsync("/api/me/status", new { statusId = "Available" }); // CIC answers: the session is gone
            Assert.NotEqual(HttpStatusCode.Accepted, answer.Status);

            var loggedOut = await events.WaitForAsync("loggedOut", _ => true);
            Assert.Equal(("Your CIC session ended. Log in again.", "sessionEnded"),
                (loggedOut.GetProperty("message").GetString(), loggedOut.GetProperty("reason").GetString()));
        }

        await using var again = await api.OpenEventsAsync();
        Assert.Equal("snapshot", (await again.NextAsync()).Name);
        var (name, data) = await again.NextAsync();
        Assert.Equal(("loggedOut", "sessionEnded"), (name, data.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_login_elsewhere_ends_the_first_stream_saying_so()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(agentId);
        await using var events = await api.OpenEventsAsync();
        Assert.Equal("snapshot", (await events.NextAsync()).Name);

        using var elsewhere = new AgentApiClient(stack.ApiUri);
        await elsewhere.LogInReadyAsync(agentId);

        var loggedOut = await events.WaitForAsync("loggedOut", _ => true);
        Assert.Equal("loggedInElsewhere", loggedOut.GetProperty("reason").GetString());
        await elsewhere.DeleteAsync("/api/session");
    }

    [Fact]
    public async Task Each_connection_holds_one_subscription_released_when_the_client_leaves_and_idle_streams_are_pinged()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(agentId);
        var stream = stack.Cluster.GetStreamProvider(AgentUpdateStreams.Provider)
            .GetStream<AgentUpdate>(StreamId.Create(AgentUpdateStreams.Namespace, agentId));

        await using (var events = await api.OpenEventsAsync())
        {
            Assert.Equal("snapshot", (await events.NextAsync()).Name);
            Assert.Single(await stream.GetAllSubscriptionHandles());
            await events.WaitForPingAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(1, events.Pings);
        }

        await Eventually.MatchesAsync(async () => (await stream.GetAllSubscriptionHandles()).Count, count => count == 0,
            because: "the subscription to be released when the client disconnected");
        await api.DeleteAsync("/api/session");
    }

    [Fact]
    public async Task Without_a_session_cookie_the_event_stream_is_refused()
    {
        using var api = new AgentApiClient(stack.ApiUri);

        (await api.GetAsync("/api/me/events")).ShouldFail(HttpStatusCode.Unauthorized, "session.none");
    }
}
