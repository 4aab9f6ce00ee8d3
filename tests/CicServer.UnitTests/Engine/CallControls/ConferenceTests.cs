using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine.CallControls;

public sealed class ConferenceTests
{
    private readonly EngineHarness _cic = new();

    [Fact]
    public void A_conference_appears_on_the_agents_queue_with_its_member_count_and_members_name_it()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var (a, b) = TwoCalls(agent);
        _cic.Watch(agent, "q", [Attr.State, Attr.ConferenceId, Attr.ConferenceMemberCount, Attr.ObjectType], new QueueId(1, "agent1"));

        var conferenceId = _cic.Engine.CreateConference(agent, [a, b]);

        var conference = _cic.Call(conferenceId);
        Assert.Equal("C", conference.State);
        Assert.Equal("2", conference.Attributes[Attr.ConferenceMemberCount]);
        Assert.Equal("Conference", conference.Attributes[Attr.ObjectType]);
        Assert.Equal(("C", "C"), (_cic.Call(a).State, _cic.Call(b).State));
        Assert.Equal(conferenceId, _cic.Call(a).Attributes[Attr.ConferenceId]);
        var message = Assert.Single(EngineHarness.Drain<QueueContentsMessage>(agent));
        Assert.Equal(conferenceId, Assert.Single(message.InteractionsAdded!).InteractionId);
        Assert.Contains(message.InteractionsChanged!, c => c.InteractionId == a && c.Attributes[Attr.ConferenceId] == conferenceId);

        _cic.Engine.SubscribeQueues(agent, "snapshot", [new QueueId(1, "agent1")], [Attr.State]);
        var snapshot = EngineHarness.Drain<QueueContentsMessage>(agent).Single().InteractionsAdded!;
        Assert.Equal(conferenceId, snapshot.Single(i => i.InteractionId == a).ConferenceParentId);
    }

    [Fact]
    public void The_conference_survives_the_agent_leaving_while_two_parties_remain_and_ends_with_one()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var (a, b) = TwoCalls(agent);
        var c = Call(agent);
        var conferenceId = _cic.Engine.CreateConference(agent, [a, b]);
        _cic.Engine.AddToConference(agent, conferenceId, [c]);
        Assert.Equal("3", _cic.Call(conferenceId).Attributes[Attr.ConferenceMemberCount]);

        _cic.Engine.Disconnect(agent, conferenceId);
        Assert.Equal("I", _cic.Call(conferenceId).State);
        Assert.Equal(("C", "C", "C"), (_cic.Call(a).State, _cic.Call(b).State, _cic.Call(c).State));
        Assert.Null(_cic.Call(a).UserId);

        _cic.Engine.RemoteDisconnect(a);
        Assert.False(_cic.Engine.ListConferences().Single().Ended);
        _cic.Engine.RemoteDisconnect(b);

        Assert.True(_cic.Engine.ListConferences().Single().Ended);
        Assert.Equal("I", _cic.Call(c).State);
    }

    [Fact]
    public void A_party_leaving_keeps_the_conference_while_the_agent_and_another_party_remain()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var (a, b) = TwoCalls(agent);
        var conferenceId = _cic.Engine.CreateConference(agent, [a, b]);

        _cic.Engine.Disconnect(agent, a);

        Assert.Equal("1", _cic.Call(conferenceId).Attributes[Attr.ConferenceMemberCount]);
        Assert.Equal("C", _cic.Call(conferenceId).State);
        _cic.Engine.RemoteDisconnect(b);
        Assert.Equal("I", _cic.Call(conferenceId).State);
    }

    [Fact]
    public void Dialer_calls_single_calls_and_members_cannot_be_conferenced_again()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var (a, b) = TwoCalls(agent);
        var dialer = _cic.Engine.InjectCall("+13175550500", userId: "agent1", campaignId: "Campaign 1");
        _cic.Engine.Pickup(agent, dialer);

        IcwsAssert.Refused(400, ErrorIds.DialerCallNotConferenceable, () => _cic.Engine.CreateConference(agent, [a, dialer]));
        IcwsAssert.Refused(400, ErrorIds.InvalidRepresentation, () => _cic.Engine.CreateConference(agent, [a]));
        _cic.Engine.CreateConference(agent, [a, b]);
        IcwsAssert.Refused(400, ErrorIds.AlreadyInConference, () => _cic.Engine.CreateConference(agent, [a, dialer]));
        IcwsAssert.Refused(404, ErrorIds.ConferenceNotFound, () => _cic.Engine.AddToConference(agent, "1999999999", [dialer]));
    }

    private (string A, string B) TwoCalls(Session agent) => (Call(agent), Call(agent));

    private string Call(Session agent)
    {
        var id = _cic.Engine.InjectCall("+13175550510", userId: agent.UserId);
        _cic.Engine.Pickup(agent, id);
        return id;
    }
}
