using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

public sealed class SessionTests
{
    private readonly EngineHarness _cic = new();

    [Fact]
    public void Bad_credentials_are_a_400_authentication_failure()
    {
        IcwsAssert.Refused(400, ErrorIds.AuthenticationFailure, () => _cic.Engine.Login("agent1", "wrong", "tests"));
        IcwsAssert.Refused(400, ErrorIds.AuthenticationFailure, () => _cic.Engine.Login("ghost", "1234", "tests"));
    }

    [Fact]
    public void Sessions_get_distinct_short_decimal_ids_and_tokens()
    {
        var first = _cic.LogIn("agent1");
        var second = _cic.LogIn("agent1");

        Assert.Matches("^[0-9]{1,10}$", first.Id);
        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(first.CsrfToken, second.CsrfToken);
        Assert.NotEqual(first.CookieValue, second.CookieValue);
        Assert.Equal("icws_" + first.Id, first.CookieName);
    }

    [Fact]
    public void A_switchover_tells_every_session_the_connection_is_down_then_ends_it()
    {
        var agent = _cic.LogIn("agent1", "station1");

        Assert.Equal(1, _cic.Engine.StartSwitchover(TimeSpan.FromSeconds(30)));

        var message = Assert.IsType<ConnectionStateChangeMessage>(Assert.Single(EngineHarness.Drain(agent)));
        Assert.Equal((1, 2, "Switchover in progress", true),
            (message.PreviousConnectionState, message.NewConnectionState, message.Reason, message.ShouldReconnect));
        Assert.True(agent.IsClosed);
        Assert.True(agent.Messages.Completion.IsCompleted);
        Assert.Null(_cic.Engine.FindSession(agent.Id));
        Assert.True(_cic.Engine.IsSwitchoverActive);

        _cic.Advance(30);
        Assert.False(_cic.Engine.IsSwitchoverActive);
    }

    [Fact]
    public void A_session_ended_by_a_switchover_stays_findable_for_message_retrieval_until_its_queue_is_delivered()
    {
        var agent = _cic.LogIn("agent1");
        var expired = _cic.LogIn("agent2");
        _cic.Engine.ExpireSession(expired.Id);

        _cic.Engine.StartSwitchover(TimeSpan.FromSeconds(30));

        Assert.Null(_cic.Engine.FindSession(agent.Id));
        Assert.Same(agent, _cic.Engine.FindClosingSession(agent.Id));
        Assert.Null(_cic.Engine.FindClosingSession(expired.Id));
        Assert.IsType<ConnectionStateChangeMessage>(Assert.Single(EngineHarness.Drain(agent)));
        Assert.Null(_cic.Engine.FindClosingSession(agent.Id));
    }

    [Fact]
    public void A_closing_session_is_forgotten_after_the_grace_period_even_if_nobody_reads_its_queue()
    {
        var cic = new EngineHarness(o => o.ClosingSessionGracePeriod = TimeSpan.FromSeconds(10));
        var agent = cic.LogIn("agent1");
        cic.Engine.StartSwitchover(TimeSpan.FromSeconds(30));

        cic.Advance(9.9);
        Assert.Same(agent, cic.Engine.FindClosingSession(agent.Id));

        cic.Advance(0.1);
        Assert.Null(cic.Engine.FindClosingSession(agent.Id));
        Assert.Equal(0, cic.Engine.ClosingSessionCount);
    }

    [Fact]
    public void Expiring_a_session_releases_its_station()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var agent2 = _cic.LogIn("agent2");

        _cic.Engine.ExpireSession(agent1.Id);

        Assert.True(agent1.IsClosed);
        _cic.Engine.SetStation(agent2, new StationRequest(StationKind.Workstation, "station1"));
        IcwsAssert.Refused(401, () => _cic.Engine.GetStation(agent1));
    }

    [Fact]
    public void Idle_sessions_expire_when_an_idle_timeout_is_configured()
    {
        var cic = new EngineHarness(o => o.SessionIdleTimeout = TimeSpan.FromMinutes(1));
        var idle = cic.LogIn("agent1");
        var busy = cic.LogIn("agent2");

        cic.Advance(40);
        busy.Touch(cic.Time.GetUtcNow());
        cic.Advance(40);

        Assert.True(idle.IsClosed);
        Assert.False(busy.IsClosed);
    }

    [Fact]
    public void A_raw_message_is_queued_verbatim()
    {
        var agent = _cic.LogIn("agent1");

        _cic.Engine.EnqueueRawMessage(agent.Id, "{\"__type\":\"urn:inin.com:nobody:knows\"");

        Assert.Equal("{\"__type\":\"urn:inin.com:nobody:knows\"", Assert.IsType<RawMessage>(Assert.Single(EngineHarness.Drain(agent))).Text);
    }
}
