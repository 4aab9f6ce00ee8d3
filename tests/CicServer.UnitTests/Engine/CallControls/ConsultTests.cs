using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine.CallControls;

public sealed class ConsultTests
{
    private readonly EngineHarness _cic = new(o => o.OutboundAnswerDelay = TimeSpan.Zero);

    [Fact]
    public void A_consult_holds_the_original_party_and_rings_the_consulted_user()
    {
        var (agent1, original) = ConnectedCall();
        _cic.LogIn("agent2", "station2");

        var (consultId, legId) = _cic.Engine.StartConsult(agent1, original, "agent2", null);

        Assert.Equal("H", _cic.Call(original).State);
        Assert.Equal("R", _cic.Call(legId).State);
        Assert.Equal(legId, _cic.Call(original).Attributes[Attr.ConsultTransferCallId]);
        var consult = Assert.Single(_cic.Engine.ListConsults());
        Assert.Equal(consultId, consult.ConsultId);
        Assert.Equal("A", _cic.Call(consult.ConsultedInteractionId!).State);
    }

    [Fact]
    public void Conclude_joins_the_original_party_to_the_consulted_user_and_ends_the_agents_calls()
    {
        var (agent1, original) = ConnectedCall();
        var agent2 = _cic.LogIn("agent2", "station2");
        var (consultId, legId) = _cic.Engine.StartConsult(agent1, original, "agent2", null);
        var consulted = _cic.Engine.ListConsults().Single().ConsultedInteractionId!;
        _cic.Engine.Pickup(agent2, consulted);
        Assert.Equal("C", _cic.Call(legId).State);

        _cic.Engine.ConcludeConsult(agent1, original, consultId);

        Assert.Equal("agent2", _cic.Call(original).UserId);
        Assert.Equal("C", _cic.Call(original).State);
        Assert.Equal("I", _cic.Call(legId).State);
        Assert.True(_cic.Call(consulted).State is "I" or "E");
        Assert.Equal("Concluded", _cic.Engine.ListConsults().Single().Status);
    }

    [Fact]
    public void Change_audience_chooses_who_the_agent_talks_to()
    {
        var (agent1, original) = ConnectedCall();
        var (consultId, legId) = _cic.Engine.StartConsult(agent1, original, "+13175550400", null);
        _cic.Engine.Answer(legId);

        _cic.Engine.ChangeConsultAudience(agent1, original, consultId, originalParty: true, consultedParty: true);
        Assert.Equal(("C", "C"), (_cic.Call(original).State, _cic.Call(legId).State));

        _cic.Engine.ChangeConsultAudience(agent1, original, consultId, originalParty: false, consultedParty: false);
        Assert.Equal(("H", "H"), (_cic.Call(original).State, _cic.Call(legId).State));

        _cic.Engine.ChangeConsultAudience(agent1, original, consultId, originalParty: false, consultedParty: true);
        Assert.Equal(("H", "C"), (_cic.Call(original).State, _cic.Call(legId).State));
    }

    [Fact]
    public void Cancel_drops_the_consulted_party_only()
    {
        var (agent1, original) = ConnectedCall();
        var (consultId, legId) = _cic.Engine.StartConsult(agent1, original, "+13175550401", null);
        _cic.Engine.Answer(legId);

        _cic.Engine.CancelConsult(agent1, original, consultId);

        Assert.Equal("H", _cic.Call(original).State);
        Assert.Equal("I", _cic.Call(legId).State);
        IcwsAssert.Refused(404, ErrorIds.ConsultNotFound, () => _cic.Engine.ConcludeConsult(agent1, original, consultId));
    }

    [Fact]
    public void Conclude_to_an_outside_number_leaves_the_caller_with_it()
    {
        var (agent1, original) = ConnectedCall();
        var (consultId, legId) = _cic.Engine.StartConsult(agent1, original, "+13175550402", null);
        IcwsAssert.Refused(400, ErrorIds.InvalidState, () => _cic.Engine.ConcludeConsult(agent1, original, consultId));
        _cic.Engine.Answer(legId);

        _cic.Engine.ConcludeConsult(agent1, original, consultId);

        Assert.Null(_cic.Call(original).UserId);
        Assert.Equal("C", _cic.Call(original).State);
        Assert.Equal("I", _cic.Call(legId).State);
    }

    [Fact]
    public void Workgroups_attendant_profiles_and_a_second_consult_are_refused()
    {
        var (agent1, original) = ConnectedCall();

        IcwsAssert.Refused(400, ErrorIds.ConsultTargetNotSupported, () => _cic.Engine.StartConsult(agent1, original, null, new QueueId(2, "Sales")));
        IcwsAssert.Refused(400, ErrorIds.ConsultTargetNotSupported, () => _cic.Engine.StartConsult(agent1, original, "Main Menu", null));
        _cic.Engine.StartConsult(agent1, original, "+13175550403", null);
        IcwsAssert.Refused(400, ErrorIds.ConsultInProgress, () => _cic.Engine.StartConsult(agent1, original, "+13175550404", null));
    }

    [Fact]
    public void A_busy_consulted_party_ends_the_consult()
    {
        var (agent1, original) = ConnectedCall();
        var (consultId, legId) = _cic.Engine.StartConsult(agent1, original, "+13175550405", null);

        _cic.Engine.Refuse(legId);

        Assert.Equal("E", _cic.Call(legId).State);
        Assert.Equal("Ended", _cic.Engine.ListConsults().Single(c => c.ConsultId == consultId).Status);
        Assert.Equal("", _cic.Call(original).Attributes[Attr.ConsultTransferCallId]);
    }

    private (Session Agent, string CallId) ConnectedCall()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550410", userId: "agent1");
        _cic.Engine.Pickup(agent1, id);
        return (agent1, id);
    }
}
