using System.Net;
using System.Text.Json;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Dialer;

/// <summary>Spec: "Place an outbound Interaction Dialer call", "End an Interaction Dialer call", "Schedule an Interaction
/// Dialer callback": simulator → ingest and the agent's session → grains → AgentApi.</summary>
[Collection(StackCollection.Name)]
public sealed class DialerCallTests(StackFixture stack)
{
    [Fact]
    public async Task A_predictive_call_arrives_connected_with_its_data_pop_and_a_disposition_with_auto_disconnect_ends_it()
    {
        await using var agent = await DialerAgent.StartAsync(stack, c => c["autoDisconnectOnDisposition"] = true);

        var call = await agent.NextCallAsync();
        var id = call.GetProperty("interactionId").GetString()!;
        Assert.Equal(("Predictive", "ACCT-1"), (call.GetProperty("mode").GetString(), call.GetProperty("attributes").GetProperty("account").GetString()));
        Assert.Contains(call.GetProperty("dispositions").EnumerateArray(), d => d.GetProperty("schedulesCallback").GetBoolean());
        Assert.Equal("C", await agent.CicStateAsync(id));
        await agent.WaitForAsync(d => d.GetProperty("status").GetString() == "CampaignCall", "the Campaign Call status");
        await Eventually.MatchesAsync(() => agent.Api.GetAsync("/api/me/interactions"),
            a => a.Json.EnumerateArray().Any(i => i.GetProperty("interactionId").GetString() == id), because: "the call on the agent's queue");

        var answer = (await agent.DispositionAsync(new { label = "Sale" })).ShouldBe(HttpStatusCode.OK);

        Assert.NotEqual(id, answer.Json.GetProperty("call") is { ValueKind: JsonValueKind.Object } c ? c.GetProperty("interactionId").GetString() : null);
        await Eventually.MatchesAsync(() => agent.CicStateAsync(id), s => s is "I" or "gone", because: "CIC to disconnect the call");
    }

    [Fact]
    public async Task Without_auto_disconnect_the_dispositioned_call_stays_connected_until_the_agent_hangs_up()
    {
        await using var agent = await DialerAgent.StartAsync(stack);
        var first = (await agent.NextCallAsync()).GetProperty("interactionId").GetString()!;

        (await agent.DispositionAsync(new { label = "Not Interested" })).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("C", await agent.CicStateAsync(first));
        Assert.Equal(JsonValueKind.Null, (await agent.DialerAsync()).GetProperty("call").ValueKind);

        var key = (await Eventually.MatchesAsync(() => agent.Api.GetAsync("/api/me/interactions"),
                a => a.Json.EnumerateArray().Any(i => i.GetProperty("interactionId").GetString() == first), because: "the call on the queue"))
            .Json.EnumerateArray().First(i => i.GetProperty("interactionId").GetString() == first).GetProperty("key").GetString();
        (await agent.Api.PostAsync($"/api/me/interactions/{key}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
        await agent.NextCallAsync(first);
    }

    [Fact]
    public async Task A_preview_is_skipped_then_the_next_is_placed_by_the_agent()
    {
        await using var agent = await DialerAgent.StartAsync(stack, c => c["dialingMode"] = "Preview");
        var preview = await agent.NextCallAsync();
        var first = preview.GetProperty("interactionId").GetString()!;
        Assert.False(preview.GetProperty("placed").GetBoolean());
        Assert.Equal("O", await agent.CicStateAsync(first));

        (await agent.Api.PostAsync("/api/dialer/preview/skip")).ShouldBe(HttpStatusCode.OK);
        var next = (await agent.NextCallAsync(first)).GetProperty("interactionId").GetString()!;
        var placed = (await agent.Api.PostAsync("/api/dialer/preview/place")).ShouldBe(HttpStatusCode.OK);

        Assert.True(placed.Json.GetProperty("call").GetProperty("placed").GetBoolean());
        Assert.Equal("C", await agent.CicStateAsync(next));
        (await agent.Api.PostAsync("/api/dialer/preview/skip")).ShouldFail(HttpStatusCode.Conflict, "dialer.noPreview");
    }

    [Fact]
    public async Task A_preview_whose_timer_runs_out_is_placed_by_the_server()
    {
        await using var agent = await DialerAgent.StartAsync(stack, c =>
        {
            c["dialingMode"] = "Preview";
            c["previewTimeoutSeconds"] = 3;
        });
        var preview = await agent.NextCallAsync();
        Assert.Equal(JsonValueKind.String, preview.GetProperty("previewDeadline").ValueKind);
        var id = preview.GetProperty("interactionId").GetString()!;

        await agent.WaitForAsync(d => d.GetProperty("call").GetProperty("placed").GetBoolean(), "the preview timer to place the call");

        var cic = await stack.Control.GetInteractionAsync(id);
        Assert.Equal("1", cic!.Value.GetProperty("attributes").GetProperty("is_attr_previewplacedbytimer").GetString());
    }

    [Fact]
    public async Task A_callback_scheduled_to_me_comes_back_to_the_same_agent_at_its_time()
    {
        await using var agent = await DialerAgent.StartAsync(stack, c => c["autoDisconnectOnDisposition"] = true);
        var call = await agent.NextCallAsync();
        await stack.Control.PostJsonAsync($"/control/dialer/campaigns/{agent.CampaignId}/pace", new { secondsBetweenCalls = 3600 });
        var at = DateTimeOffset.UtcNow.AddSeconds(8);

        (await agent.DispositionAsync(new { label = "Schedule a Callback", callbackAt = at.ToString("yyyy-MM-ddTHH:mm:sszzz"), callbackTo = "Me" }))
            .ShouldBe(HttpStatusCode.OK);

        var callback = await agent.NextCallAsync(call.GetProperty("interactionId").GetString());
        Assert.True(DateTimeOffset.UtcNow >= at.AddSeconds(-1));
        Assert.Equal(call.GetProperty("attributes").GetProperty("account").GetString(), callback.GetProperty("attributes").GetProperty("account").GetString());
    }

    [Fact]
    public async Task A_callback_scheduled_to_anyone_comes_to_another_agent_of_the_campaign()
    {
        await using var colleague = await DialerAgent.StartAsync(stack, c => c["state"] = "Paused", join: false);
        await using var agent = await DialerAgent.StartAsync(stack, c =>
        {
            c["autoDisconnectOnDisposition"] = true;
            c["agents"] = new[] { ((string[])c["agents"]!)[0], colleague.AgentId };
        });
        var call = await agent.NextCallAsync();
        await stack.Control.PostJsonAsync($"/control/dialer/campaigns/{agent.CampaignId}/pace", new { secondsBetweenCalls = 3600 });
        (await agent.Api.PostAsync("/api/dialer/break")).ShouldBe(HttpStatusCode.OK);

        (await agent.DispositionAsync(new
        {
            label = "Schedule a Callback",
            callbackAt = DateTimeOffset.UtcNow.AddSeconds(8).ToString("yyyy-MM-ddTHH:mm:sszzz"),
            callbackTo = "Anyone",
        })).ShouldBe(HttpStatusCode.OK);
        (await colleague.Api.PostAsync("/api/dialer/login", new { })).ShouldBe(HttpStatusCode.OK);
        (await colleague.Api.PostAsync("/api/dialer/login", new { campaignId = agent.CampaignId })).ShouldBe(HttpStatusCode.OK);

        var callback = await colleague.NextCallAsync();
        Assert.Equal(call.GetProperty("attributes").GetProperty("account").GetString(), callback.GetProperty("attributes").GetProperty("account").GetString());
        Assert.Equal(JsonValueKind.Null, (await agent.DialerAsync()).GetProperty("call").ValueKind);
    }

    [Fact]
    public async Task A_disposition_not_offered_or_a_callback_time_in_the_past_or_malformed_is_refused_and_changes_nothing()
    {
        await using var agent = await DialerAgent.StartAsync(stack);
        var id = (await agent.NextCallAsync()).GetProperty("interactionId").GetString();

        (await agent.DispositionAsync(new { label = "Bogus" })).ShouldFail(HttpStatusCode.BadRequest, "dialer.unknownDisposition");
        (await agent.DispositionAsync(new { label = "Schedule a Callback", callbackAt = "2020-01-01T10:00:00Z" }))
            .ShouldFail(HttpStatusCode.BadRequest, "dialer.callbackInPast");
        (await agent.DispositionAsync(new { label = "Schedule a Callback", callbackAt = "soon" })).ShouldFail(HttpStatusCode.BadRequest, "dialer.callbackTimeInvalid");
        (await agent.DispositionAsync(new { label = "Schedule a Callback", callbackAt = "2099-01-01T10:00:00Z", callbackTo = "Them" }))
            .ShouldFail(HttpStatusCode.BadRequest, "dialer.callbackTargetInvalid");
        (await agent.Api.PostAsync("/api/dialer/disposition", new { label = "Sale\u0000" })).ShouldFail(HttpStatusCode.BadRequest, "input.controlCharacters");
        (await agent.Api.DeleteAsync("/api/dialer/break")).ShouldFail(HttpStatusCode.Conflict, "dialer.notOnBreak");

        Assert.Equal(id, (await agent.DialerAsync()).GetProperty("call").GetProperty("interactionId").GetString());
        var campaign = (await stack.Control.GetAsync("/control/dialer/campaigns")).EnumerateArray().Single(c => c.GetProperty("id").GetString() == agent.CampaignId);
        Assert.Empty(campaign.GetProperty("callbacks").EnumerateArray());
        Assert.Null((await stack.Control.GetAsync($"/control/dialer/agents/{agent.AgentId}")).GetProperty("lastDisposition").GetString());
    }
}
