using PureConnect.Icws;

namespace PureConnect.IntegrationTests.Icws;

/// <summary>
/// Server failures (500s injected by the simulator's <c>/control/faults</c>) against the client's resilience pipeline:
/// safe requests are retried (3 retries in the standard pipeline), POST commands never are. Faults target one
/// session's paths, so they cannot hit another test.
/// </summary>
public sealed class ResilienceContractTests(CicSimulatorFixture sim) : IClassFixture<CicSimulatorFixture>, IAsyncLifetime
{
    private const int Retries = 3;

    [Fact]
    public async Task A_GET_failing_with_500_fewer_times_than_the_retry_limit_is_retried_and_succeeds()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        await sim.Control.FaultAsync(500, count: Retries, $"/icws/{session.SessionId}/status/status-messages");

        var statuses = await session.GetStatusMessagesAsync();

        Assert.Contains(statuses, s => s.StatusId == "Available");
        // Faults apply before the session check: a cookie-less request meets a leftover fault (500) or the check (401).
        using var probe = await sim.RawHttp.GetAsync($"/icws/{session.SessionId}/status/status-messages");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, probe.StatusCode);
    }

    [Fact]
    public async Task A_GET_failing_with_500_more_times_than_the_retry_limit_raises_IcwsRequestException_after_every_attempt()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        await sim.Control.FaultAsync(500, count: Retries + 1, $"/icws/{session.SessionId}/status/user-statuses/");

        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => session.GetUserStatusAsync(agent.UserId));

        Assert.Equal((500, "error.simulator.injectedFault"), (error.StatusCode, error.ErrorId));
        // All four faults went to that one call: the next call meets none.
        Assert.Equal("Available", (await session.GetUserStatusAsync(agent.UserId)).StatusId);
    }

    [Fact]
    public async Task A_PUT_subscription_failing_with_500_once_is_retried_and_the_snapshot_arrives()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        await using var messages = MessagePump.Start(session);
        await sim.Control.FaultAsync(500, count: 1, $"/icws/{session.SessionId}/messaging/subscriptions/status/user-statuses");

        await session.SubscribeUserStatusesAsync([agent.UserId]);

        Assert.False((await messages.NextAsync<PureConnect.Icws.Messages.UserStatusMessage>()).IsDelta);
    }

    [Fact]
    public async Task A_POST_command_failing_with_500_is_not_retried_and_raises_IcwsRequestException()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginWithStationAsync(agent);
        var call = await sim.Control.InjectCallAsync("3175550140", user: agent.UserId);
        await session.PickupAsync(call);
        await sim.Control.FaultAsync(500, count: 1, $"/icws/{session.SessionId}/interactions/{call}/hold");

        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => session.HoldAsync(call, on: true));

        Assert.Equal(500, error.StatusCode);
        // A retry would have met no fault and held the call.
        Assert.Equal("C", (await session.GetAttributesAsync(call, ["Eic_State"]))["Eic_State"]);
        await session.HoldAsync(call, on: true);
        Assert.Equal("H", (await session.GetAttributesAsync(call, ["Eic_State"]))["Eic_State"]);
    }

    [Fact]
    public async Task A_make_call_failing_with_500_is_not_retried_so_no_call_is_placed()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginWithStationAsync(agent);
        await sim.Control.FaultAsync(500, count: 1, $"/icws/{session.SessionId}/interactions");

        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => session.MakeCallAsync("3175550141"));

        Assert.Equal(500, error.StatusCode);
        Assert.DoesNotContain(await sim.Control.InteractionsAsync(), i => i.GetProperty("userId").GetString() == agent.UserId);
    }

    [Fact]
    public async Task A_login_failing_with_500_is_not_retried_and_is_not_mistaken_for_refused_credentials()
    {
        var agent = await sim.NewAgentAsync();
        await sim.Control.FaultAsync(500, count: 1, "/icws/connection");

        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => sim.LoginAsync(agent));

        Assert.Equal(500, error.StatusCode);
        await using var session = await sim.LoginAsync(agent);
    }

    public Task InitializeAsync() => sim.Control.ClearFaultsAsync();

    public Task DisposeAsync() => sim.Control.ClearFaultsAsync();
}
