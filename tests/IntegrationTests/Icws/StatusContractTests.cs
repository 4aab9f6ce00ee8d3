using PureConnect.Icws;
using PureConnect.Icws.Messages;

namespace PureConnect.IntegrationTests.Icws;

/// <summary>Statuses (reference §6) and the user-status subscription, client against simulator over HTTP.</summary>
public sealed class StatusContractTests(CicSimulatorFixture sim) : IClassFixture<CicSimulatorFixture>
{
    [Fact]
    public async Task The_status_list_holds_every_server_status_with_its_flags()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);

        var statuses = (await session.GetStatusMessagesAsync()).ToDictionary(s => s.StatusId, StringComparer.OrdinalIgnoreCase);

        Assert.True(statuses["Available"] is { IsAcdStatus: true, IsSelectableStatus: true, IsForwardStatus: false });
        Assert.True(statuses["Available, Forward"].IsForwardStatus);
        Assert.True(statuses["At Lunch"] is { CanHaveTime: true, CanHaveDate: false });
        Assert.True(statuses["Do Not Disturb"].IsDoNotDisturbStatus);
        Assert.False(statuses["ACD - Agent Not Answering"].IsSelectableStatus);
        Assert.All(statuses.Values, s => Assert.False(string.IsNullOrEmpty(s.MessageText)));
        Assert.All(statuses.Values, s => Assert.StartsWith("/", s.IconUri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_user_access_list_holds_only_the_statuses_the_user_may_use()
    {
        var agent = await sim.NewAgentAsync(statuses: ["Available", "Away from desk", "Gone Home"]);
        await using var session = await sim.LoginAsync(agent);

        var allowed = await session.GetStatusMessagesUserAccessAsync(agent.UserId);

        Assert.Equal(["Available", "Away from desk", "Gone Home"], allowed.Order(StringComparer.Ordinal));
        var unknown = await Assert.ThrowsAsync<IcwsRequestException>(() => session.GetStatusMessagesUserAccessAsync(sim.UniqueName("nobody")));
        Assert.Equal(404, unknown.StatusCode);
    }

    [Fact]
    public async Task Setting_a_status_is_accepted_and_then_confirmed_by_a_user_status_message_on_the_stream()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        await using var messages = MessagePump.Start(session);
        await session.SubscribeUserStatusesAsync([agent.UserId]);
        var snapshot = await messages.NextAsync<UserStatusMessage>();
        Assert.False(snapshot.IsDelta);
        Assert.Equal("Available", Assert.Single(snapshot.Statuses).StatusId);

        await session.SetUserStatusAsync(agent.UserId, new UserStatusUpdate("Away from desk", Notes: "back at 3"));

        var update = await messages.NextAsync<UserStatusMessage>(m => m.Statuses.Any(s => s.StatusId == "Away from desk"));
        Assert.True(update.IsDelta);
        var status = Assert.Single(update.Statuses);
        Assert.Equal((agent.UserId, "back at 3"), (status.UserId, status.Notes));
        Assert.NotNull(status.StatusChanged);
        var read = await session.GetUserStatusAsync(agent.UserId);
        Assert.Equal(("Away from desk", "back at 3", true), (read.StatusId, read.Notes, read.LoggedIn));
    }

    [Fact]
    public async Task A_status_change_accepted_with_202_and_failed_later_is_reported_by_its_async_completion_on_the_session()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        await sim.Control.FailStatusChangesAsync(agent.UserId, "error.status.changeFailed", "Status service unavailable");

        var requestId = await session.SetUserStatusAsync(agent.UserId, new UserStatusUpdate("Gone Home"));
        Assert.False(string.IsNullOrEmpty(requestId));
        var outcome = await session.WaitForStatusChangeAsync(agent.UserId, "Gone Home", requestId);

        Assert.Equal(StatusChangeOutcomeKind.Failed, outcome.Kind);
        Assert.Equal(("error.status.changeFailed", "Status service unavailable"), (outcome.ErrorId, outcome.Message));
        Assert.Equal("Available", (await session.GetUserStatusAsync(agent.UserId)).StatusId);
    }

    [Fact]
    public async Task A_status_change_the_server_never_reports_on_is_applied_as_soon_as_the_status_shows_it()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent, o => o.AsyncOutcomeTimeout = TimeSpan.FromMinutes(5));

        var requestId = await session.SetUserStatusAsync(agent.UserId, new UserStatusUpdate("Gone Home"));
        var outcome = await session.WaitForStatusChangeAsync(agent.UserId, "Gone Home", requestId).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(StatusChangeOutcomeKind.Applied, outcome.Kind);
    }

    [Fact]
    public async Task A_status_the_user_may_not_use_is_refused_with_400()
    {
        var agent = await sim.NewAgentAsync(statuses: ["Available"]);
        await using var session = await sim.LoginAsync(agent);

        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => session.SetUserStatusAsync(agent.UserId, new UserStatusUpdate("At Lunch")));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("Available", (await session.GetUserStatusAsync(agent.UserId)).StatusId);
    }

    [Fact]
    public async Task A_forward_status_without_a_forward_number_is_refused_with_400_and_accepted_with_one()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);

        var error = await Assert.ThrowsAsync<IcwsRequestException>(
            () => session.SetUserStatusAsync(agent.UserId, new UserStatusUpdate("Available, Forward")));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("error.request.status.forwardNumberRequired", error.ErrorId);
        Assert.Equal("Available", (await session.GetUserStatusAsync(agent.UserId)).StatusId);

        await session.SetUserStatusAsync(agent.UserId, new UserStatusUpdate("Available, Forward", ForwardNumber: "+13175550199"));
        var status = await session.GetUserStatusAsync(agent.UserId);
        Assert.Equal(("Available, Forward", "+13175550199"), (status.StatusId, status.ForwardNumber));
    }

    [Fact]
    public async Task A_status_until_time_round_trips_and_keeps_only_the_parts_the_status_allows()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        var until = new DateTimeOffset(2031, 5, 6, 13, 45, 30, TimeSpan.Zero);

        await session.SetUserStatusAsync(agent.UserId, new UserStatusUpdate("At Lunch", Until: new StatusUntil(until, HasDate: true, HasTime: true)));

        var status = await session.GetUserStatusAsync(agent.UserId);
        Assert.Equal("At Lunch", status.StatusId);
        Assert.Equal(new StatusUntil(until, HasDate: false, HasTime: true), status.Until);
    }
}
