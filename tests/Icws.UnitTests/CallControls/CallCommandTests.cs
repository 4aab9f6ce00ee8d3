using PureConnect.Icws.UnitTests.Harness;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Icws.UnitTests.CallControls;

public sealed class CallCommandTests
{
    [Fact]
    public async Task Digits_are_sent_on_a_connected_call_and_refused_when_not_DTMF()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent = await cic.LogInAsync("agent1");
        var id = await cic.ConnectedCallAsync(agent);

        await agent.SendDigitsAsync(id, "4111#");

        Assert.Equal("4111#", (await cic.ListAsync($"dtmf?interactionId={id}"))[0].GetProperty("digits").GetString());
        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => agent.SendDigitsAsync(id, "12x"));
        Assert.Equal(IcwsCallControlErrors.InvalidDigits, error.ErrorId);
    }

    [Fact]
    public async Task An_alerting_call_goes_to_voicemail()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent = await cic.LogInAsync("agent1");
        var id = await cic.CallAsync(user: "agent1");

        await agent.SendToVoicemailAsync(id);

        Assert.Equal("M", await cic.StateAsync(id));
    }

    [Fact]
    public async Task Assistance_is_201_for_ACD_calls_once_at_a_time()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent = await cic.LogInAsync("agent1");
        var acd = await cic.CallAsync(workgroup: "Sales");
        await agent.PickupAsync(acd);
        var direct = await cic.ConnectedCallAsync(agent);

        var requestId = await agent.RequestAssistanceAsync(acd, "refund question");

        Assert.False(string.IsNullOrEmpty(requestId));
        Assert.Equal("refund question", (await cic.ListAsync("assistance-requests"))[0].GetProperty("notes").GetString());
        var again = await Assert.ThrowsAsync<IcwsRequestException>(() => agent.RequestAssistanceAsync(acd));
        var notAcd = await Assert.ThrowsAsync<IcwsRequestException>(() => agent.RequestAssistanceAsync(direct));
        Assert.Equal(IcwsCallControlErrors.AssistanceAlreadyRequested, again.ErrorId);
        Assert.Equal(IcwsCallControlErrors.NotAcdInteraction, notAcd.ErrorId);
    }

    [Fact]
    public async Task Picking_up_a_second_call_holds_the_first_whether_or_not_the_server_does()
    {
        await using var cic = await CicSimulator.StartAsync(o => o.CallControls.PickupHoldsConnectedCalls = false);
        var agent = await cic.LogInAsync("agent1");
        var first = await cic.ConnectedCallAsync(agent);
        var second = await cic.CallAsync(user: "agent1");

        await agent.PickupHoldingOthersAsync(second, [first]);

        Assert.Equal(("H", "C"), (await cic.StateAsync(first), await cic.StateAsync(second)));
    }

    [Fact]
    public async Task Declining_an_alerting_ACD_call_returns_it_to_the_workgroup_queue()
    {
        await using var cic = await CicSimulator.StartAsync(o => o.CallControls.DeclinedAcdCallsReturnToQueue = true);
        var agent = await cic.LogInAsync("agent1");
        var id = await cic.CallAsync(workgroup: "Sales");
        Assert.Equal("A", await cic.StateAsync(id));
        await agent.SetUserStatusAsync("agent1", new UserStatusUpdate("Available, No ACD"));

        await agent.DisconnectAsync(id);

        Assert.Equal("O", await cic.StateAsync(id));
    }

    [Fact]
    public async Task A_call_with_an_account_code_carries_it_and_an_unknown_code_is_refused()
    {
        await using var cic = await CicSimulator.StartAsync(o => o.CallControls.AccountCodesEnabled = true);
        var agent = await cic.LogInAsync("agent1");

        var codes = await agent.GetAccountCodesAsync();
        var id = await agent.MakeCallAsync("3175550992", "Sales", codes.Codes[0].Id);

        Assert.True(codes.Enabled);
        Assert.Equal(codes.Codes[0].Id, await cic.AttributeAsync(id, "Eic_AccountCode"));
        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => agent.MakeCallAsync("3175550993", null, "no-such-code"));
        Assert.Equal(IcwsCallControlErrors.InvalidAccountCode, error.ErrorId);
    }

    [Fact]
    public async Task The_directory_search_finds_people_workgroups_and_profiles_and_says_when_there_are_more()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent = await cic.LogInAsync("agent1");

        var sales = await agent.SearchDirectoryAsync("Sal");
        var agents = await agent.SearchDirectoryAsync("Agent", maxResults: 3);

        Assert.Contains(sales.Entries, e => e is { Type: LookupEntryType.Workgroup, Id: "Sales" });
        Assert.Contains(sales.Entries, e => e is { Type: LookupEntryType.AttendantProfile, Id: "Sales Line", AllowsTransfer: true });
        Assert.Equal(3, agents.Entries.Count);
        Assert.True(agents.MoreResultsAvailable);
        var me = (await agent.SearchDirectoryAsync("1001")).Entries.Single();
        Assert.Equal(("agent1", "1001", true), (me.Id, me.Extension, me.LoggedIn));
    }
}
