using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.Options;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

public sealed class StatusTests
{
    private readonly EngineHarness _cic = new();

    [Fact]
    public void The_standard_status_list_has_the_documented_flags()
    {
        var statuses = _cic.Engine.StatusMessages.ToDictionary(s => s.StatusId);

        Assert.Equal(15, statuses.Count);
        Assert.True(statuses["Available"].IsAcdStatus);
        Assert.True(statuses["Available, Forward"] is { IsForwardStatus: true, IsAcdStatus: true });
        Assert.True(statuses["Available, Follow-up"] is { IsAllowFollowUpStatus: true, IsAcdStatus: true });
        Assert.False(statuses["Available, No ACD"].IsAcdStatus);
        Assert.True(statuses["At Lunch"] is { CanHaveTime: true, CanHaveDate: false });
        Assert.True(statuses["Do Not Disturb"].IsDoNotDisturbStatus);
        Assert.True(statuses["In a Meeting"] is { CanHaveDate: true, CanHaveTime: true });
        Assert.True(statuses["On Vacation"].CanHaveDate);
        Assert.True(statuses["Follow Up"].IsAfterCallWorkStatus);
        Assert.False(statuses["ACD - Agent Not Answering"].IsSelectableStatus);
        Assert.True(statuses["Campaign Call"] is { IsSelectableStatus: false, IsPersistentStatus: true });
        Assert.Equal("/icws/icons/available.png", statuses["Available"].IconUri);
    }

    [Fact]
    public void A_forward_status_needs_a_forward_number()
    {
        var agent = _cic.LogIn("agent1");

        IcwsAssert.Refused(400, ErrorIds.ForwardNumberRequired,
            () => _cic.Engine.SetUserStatus(agent, "agent1", new UserStatusUpdate("Available, Forward")));

        var requestId = _cic.Engine.SetUserStatus(agent, "agent1", new UserStatusUpdate("available, forward", ForwardNumber: "+13175550160"));

        Assert.False(string.IsNullOrEmpty(requestId));
        var status = _cic.Engine.GetUserStatus("agent1");
        Assert.Equal("Available, Forward", status.StatusId);
        Assert.Equal("+13175550160", status.ForwardNumber);
    }

    [Fact]
    public void Unknown_unselectable_and_disallowed_statuses_are_refused()
    {
        _cic.Engine.AddUser(new UserSeed { UserId = "limited", Password = "pw", Statuses = ["Available", "Gone Home"] });
        var limited = _cic.Engine.Login("limited", "pw", "tests");

        IcwsAssert.Refused(400, ErrorIds.InvalidStatus, () => _cic.Engine.SetUserStatus(limited, "limited", new UserStatusUpdate("Dancing")));
        IcwsAssert.Refused(400, ErrorIds.StatusNotAllowed,
            () => _cic.Engine.SetUserStatus(limited, "limited", new UserStatusUpdate("ACD - Agent Not Answering")));
        IcwsAssert.Refused(400, ErrorIds.StatusNotAllowed, () => _cic.Engine.SetUserStatus(limited, "limited", new UserStatusUpdate("At Lunch")));
        Assert.Equal(["Available", "Gone Home"], _cic.Engine.GetStatusAccess("limited").StatusMessages);

        _cic.Engine.SetUserStatus(limited, "limited", new UserStatusUpdate("Gone Home"));
        Assert.Equal("Gone Home", _cic.Engine.GetUserStatus("LIMITED").StatusId);
    }

    [Fact]
    public void Users_may_set_only_their_own_status_unless_they_monitor_queues()
    {
        var agent1 = _cic.LogIn("agent1");
        var monitor = _cic.LogIn(DefaultSeedData.MonitorUserId, password: "monitor");

        IcwsAssert.Refused(403, ErrorIds.AccessDenied, () => _cic.Engine.SetUserStatus(agent1, "agent2", new UserStatusUpdate("At Lunch")));
        IcwsAssert.Refused(404, ErrorIds.UserNotFound, () => _cic.Engine.SetUserStatus(monitor, "ghost", new UserStatusUpdate("At Lunch")));

        _cic.Engine.SetUserStatus(monitor, "agent2", new UserStatusUpdate("At Lunch", Notes: "back at 1"));
        Assert.Equal("At Lunch", _cic.Engine.GetUserStatus("agent2").StatusId);
    }

    [Fact]
    public void Until_keeps_only_the_parts_the_status_allows()
    {
        var agent = _cic.LogIn("agent1");
        var until = new UntilInfo(EngineHarness.Start.AddHours(1), HasDate: true, HasTime: true);

        _cic.Engine.SetUserStatus(agent, "agent1", new UserStatusUpdate("At Lunch", Until: until));
        Assert.Equal(until with { HasDate = false }, _cic.Engine.GetUserStatus("agent1").Until);

        _cic.Engine.SetUserStatus(agent, "agent1", new UserStatusUpdate("Gone Home", Until: until));
        Assert.Null(_cic.Engine.GetUserStatus("agent1").Until);
    }

    [Fact]
    public void A_user_status_subscription_starts_with_a_snapshot_then_sends_changes_login_and_stations()
    {
        var monitor = _cic.LogIn(DefaultSeedData.MonitorUserId, password: "monitor");
        _cic.Engine.SubscribeUserStatuses(monitor, ["agent1", "agent2", "nobody"]);

        var snapshot = Assert.Single(EngineHarness.Drain<UserStatusMessage>(monitor));
        Assert.False(snapshot.IsDelta);
        Assert.Equal(["agent1", "agent2"], snapshot.UserStatusList.Select(s => s.UserId));
        Assert.All(snapshot.UserStatusList, s => Assert.False(s.LoggedIn));

        _cic.Advance(1);
        var agent1 = _cic.LogIn("agent1", "station1");
        _cic.Engine.SetUserStatus(agent1, "agent1", new UserStatusUpdate("Do Not Disturb"));

        var updates = EngineHarness.Drain<UserStatusMessage>(monitor);
        Assert.All(updates, m => Assert.True(m.IsDelta));
        var update = updates.SelectMany(m => m.UserStatusList).Last();
        Assert.Equal("Do Not Disturb", update.StatusId);
        Assert.True(update.LoggedIn);
        Assert.Equal(["station1"], update.Stations);
        Assert.Equal(EngineHarness.Start.AddSeconds(1), update.StatusChanged);
    }

    [Fact]
    public void A_status_messages_subscription_delivers_the_whole_list()
    {
        var agent = _cic.LogIn("agent1");

        _cic.Engine.SubscribeStatusMessages(agent);

        var message = Assert.IsType<StatusMessagesMessage>(Assert.Single(EngineHarness.Drain(agent)));
        Assert.False(message.IsDelta);
        Assert.Equal(_cic.Engine.StatusMessages, message.StatusMessagesAdded);
    }
}
