using System.Net;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>Spec: "Call controls", "Make a call"; an agent reaches only their own interactions.</summary>
[Collection(StackCollection.Name)]
public sealed class InteractionApiTests(StackFixture stack)
{
    [Fact]
    public async Task An_agent_picks_up_their_call_and_cannot_touch_another_agents_call()
    {
        var owner = stack.TakeAgent();
        var other = stack.TakeAgent();
        using var ownerApi = new AgentApiClient(stack.ApiUri);
        using var otherApi = new AgentApiClient(stack.ApiUri);
        await ownerApi.LogInAvailableAsync(owner);
        await otherApi.LogInReadyAsync(other);
        try
        {
            await using var events = await ownerApi.OpenEventsAsync();
            Assert.Equal("snapshot", (await events.NextAsync()).Name);
            var interactionId = await stack.Control.InjectCallAsync("3175550177", user: owner);
            var alerting = await events.WaitForAsync("interaction", i => i.GetProperty("interactionId").GetString() == interactionId);
            var key = alerting.GetProperty("key").GetString()!;
            var listed = (await ownerApi.GetAsync("/api/me/interactions")).ShouldBe(HttpStatusCode.OK);
            Assert.Contains(listed.Json.EnumerateArray(), i => i.GetProperty("key").GetString() == key);

            (await otherApi.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldFail(HttpStatusCode.NotFound, "interaction.notFound");
            (await ownerApi.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);

            await events.WaitForAsync("interaction", i => i.GetProperty("key").GetString() == key && i.GetProperty("status").GetString() == "Connected");
            (await ownerApi.PostAsync($"/api/me/interactions/{key}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
        }
        finally
        {
            await ownerApi.DeleteAsync("/api/session");
            await otherApi.DeleteAsync("/api/session");
        }
    }

    [Fact]
    public async Task Make_call_refuses_a_number_that_cannot_be_dialed_and_places_one_that_can()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(agentId);

        (await api.PostAsync("/api/me/calls", new { number = "call me" })).ShouldFail(HttpStatusCode.BadRequest, "call.invalidNumber");
        var placed = (await api.PostAsync("/api/me/calls", new { number = "317-555-0142" })).ShouldBe(HttpStatusCode.Accepted);

        var interactionId = placed.Property("interactionId");
        Assert.False(string.IsNullOrEmpty(interactionId));
        var listed = await Eventually.MatchesAsync(() => api.GetAsync("/api/me/interactions"),
            a => a.Json.EnumerateArray().Any(i => i.GetProperty("interactionId").GetString() == interactionId), because: "the outbound call on the queue");
        var key = listed.Json.EnumerateArray().Single(i => i.GetProperty("interactionId").GetString() == interactionId).GetProperty("key").GetString();
        (await api.PostAsync($"/api/me/interactions/{key}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
        await api.DeleteAsync("/api/session");
    }
}
