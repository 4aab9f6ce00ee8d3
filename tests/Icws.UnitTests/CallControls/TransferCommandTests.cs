using PureConnect.Icws.UnitTests.Harness;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Icws.UnitTests.CallControls;

public sealed class TransferCommandTests
{
    [Fact]
    public async Task A_blind_transfer_to_a_user_alerts_on_their_queue()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent1 = await cic.LogInAsync("agent1");
        var agent2 = await cic.LogInAsync("agent2");
        var id = await cic.ConnectedCallAsync(agent1);

        await agent1.BlindTransferAsync(id, TransferTarget.ToUser("agent2"));

        Assert.Equal("A", await cic.StateAsync(id));
        await agent2.PickupAsync(id);
        Assert.Equal("agent2", (await cic.InteractionAsync(id)).GetProperty("userId").GetString());
    }

    [Fact]
    public async Task A_blind_transfer_reaches_a_workgroup_an_attendant_profile_and_an_outside_number()
    {
        await using var cic = await CicSimulator.StartAsync(o => o.CallControls.BlindTransferCompletion = TransferCompletion.Immediately);
        var agent = await cic.LogInAsync("agent1");
        var toWorkgroup = await cic.ConnectedCallAsync(agent);
        var toAttendant = await cic.ConnectedCallAsync(agent);
        var toNumber = await cic.ConnectedCallAsync(agent);

        await agent.BlindTransferAsync(toWorkgroup, TransferTarget.ToWorkgroup("Support"));
        await agent.BlindTransferAsync(toAttendant, TransferTarget.ToAttendantProfile("Main Menu"));
        await agent.BlindTransferAsync(toNumber, TransferTarget.ToAddress("+1 317 555 0990"));
        await cic.FarEndAsync(toNumber, "answer");

        Assert.Equal("O", await cic.StateAsync(toWorkgroup));
        Assert.Equal("S", await cic.StateAsync(toAttendant));
        Assert.Equal("C", await cic.StateAsync(toNumber));
    }

    [Fact]
    public async Task Refused_transfers_carry_their_error_ids()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent = await cic.LogInAsync("agent1");
        var id = await cic.ConnectedCallAsync(agent);

        var closed = await Assert.ThrowsAsync<IcwsRequestException>(() => agent.BlindTransferAsync(id, TransferTarget.ToAttendantProfile("After Hours")));
        var voicemail = await Assert.ThrowsAsync<IcwsRequestException>(() => agent.TransferToVoicemailAsync(id, TransferTarget.ToUser("agent2")));
        var unknown = await Assert.ThrowsAsync<IcwsRequestException>(() => agent.BlindTransferAsync(id, TransferTarget.ToAddress("no such place")));

        Assert.Equal((400, IcwsCallControlErrors.TransferNotAllowed), (closed.StatusCode, closed.ErrorId));
        Assert.Equal((400, IcwsCallControlErrors.VoicemailTransferNotSupported), (voicemail.StatusCode, voicemail.ErrorId));
        Assert.Equal((400, IcwsCallControlErrors.InvalidTarget), (unknown.StatusCode, unknown.ErrorId));
    }

    [Fact]
    public async Task A_consult_transfer_holds_the_caller_and_completes_to_the_consulted_user()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent1 = await cic.LogInAsync("agent1");
        var agent2 = await cic.LogInAsync("agent2");
        var id = await cic.ConnectedCallAsync(agent1);

        var consult = await agent1.ConsultAsync(id, TransferTarget.ToUser("agent2"));

        Assert.Equal("H", await cic.StateAsync(id));
        Assert.Equal(consult.ConsultInteractionId, await cic.AttributeAsync(id, "Eic_ConsultTransferCallId"));
        var consulted = (await cic.ListAsync("consults"))[0].GetProperty("consultedInteractionId").GetString()!;
        await agent2.PickupAsync(consulted);
        await agent1.ChangeConsultAudienceAsync(id, consult.ConsultId, ConsultAudience.Both);
        Assert.Equal("C", await cic.StateAsync(id));

        await agent1.ConcludeConsultAsync(id, consult.ConsultId);

        Assert.Equal("agent2", (await cic.InteractionAsync(id)).GetProperty("userId").GetString());
        Assert.Equal("I", await cic.StateAsync(consult.ConsultInteractionId));
    }

    [Fact]
    public async Task Cancelling_a_consult_drops_the_consulted_party_and_a_second_cancel_finds_it_gone()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent = await cic.LogInAsync("agent1");
        var id = await cic.ConnectedCallAsync(agent);
        var consult = await agent.ConsultAsync(id, TransferTarget.ToAddress("3175550991"));
        await cic.FarEndAsync(consult.ConsultInteractionId, "answer");

        Assert.True(await agent.CancelConsultAsync(id, consult.ConsultId));

        Assert.Equal("H", await cic.StateAsync(id));
        Assert.Equal("I", await cic.StateAsync(consult.ConsultInteractionId));
        Assert.False(await agent.CancelConsultAsync(id, consult.ConsultId));
    }

    [Fact]
    public async Task A_consult_to_a_workgroup_is_refused()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent = await cic.LogInAsync("agent1");
        var id = await cic.ConnectedCallAsync(agent);

        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => agent.ConsultAsync(id, TransferTarget.ToWorkgroup("Sales")));

        Assert.Equal(IcwsCallControlErrors.ConsultTargetNotSupported, error.ErrorId);
    }
}
