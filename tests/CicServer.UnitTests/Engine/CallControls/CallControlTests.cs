using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine.CallControls;

public sealed class CallControlTests
{
    private readonly EngineHarness _cic = new();

    [Fact]
    public void Digits_sent_on_a_connected_call_are_recorded()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550700", userId: "agent1");
        IcwsAssert.Refused(400, ErrorIds.InvalidState, () => _cic.Engine.SendDigits(agent, id, "1"));
        _cic.Engine.Pickup(agent, id);

        _cic.Engine.SendDigits(agent, id, "1234#");

        Assert.Equal("1234#", Assert.Single(_cic.Engine.ListDtmf(id)).Digits);
        IcwsAssert.Refused(400, ErrorIds.InvalidDigits, () => _cic.Engine.SendDigits(agent, id, "12x"));
    }

    [Fact]
    public void An_alerting_or_connected_call_can_go_to_voicemail()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var alerting = _cic.Engine.InjectCall("+13175550701", userId: "agent1");

        _cic.Engine.SendToVoicemail(agent, alerting);

        Assert.Equal("M", _cic.Call(alerting).State);
        Assert.Equal("Voice Mail", _cic.Call(alerting).Attributes[Attr.CallStateString]);
        _cic.Advance(20);
        Assert.Equal("E", _cic.Call(alerting).State);
    }

    [Fact]
    public void Assistance_is_for_ACD_interactions_one_active_request_at_a_time()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var acd = _cic.Engine.InjectCall("+13175550702", workgroup: "Sales");
        _cic.Engine.Pickup(agent, acd);
        var direct = _cic.Engine.InjectCall("+13175550703", userId: "agent1");

        var requestId = _cic.Engine.RequestAssistance(agent, acd, "caller asks for a refund");

        IcwsAssert.Refused(400, ErrorIds.AssistanceAlreadyRequested, () => _cic.Engine.RequestAssistance(agent, acd, null));
        IcwsAssert.Refused(400, ErrorIds.NotAcdInteraction, () => _cic.Engine.RequestAssistance(agent, direct, null));
        _cic.Engine.CompleteAssistance(requestId);
        _cic.Engine.RequestAssistance(agent, acd, "again");
        Assert.Equal(["Completed", "Active"], _cic.Engine.ListAssistanceRequests().Select(r => r.Status));
    }

    [Fact]
    public void Picking_up_a_second_call_holds_the_connected_one()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var first = _cic.Engine.InjectCall("+13175550704", userId: "agent1");
        _cic.Engine.Pickup(agent, first);
        var second = _cic.Engine.InjectCall("+13175550705", userId: "agent1");

        _cic.Engine.Pickup(agent, second);

        Assert.Equal(("H", "C"), (_cic.Call(first).State, _cic.Call(second).State));
    }

    [Fact]
    public void Disconnecting_an_alerting_ACD_call_returns_it_to_the_workgroup_queue()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var id = _cic.Engine.InjectCall("+13175550706", workgroup: "Sales");
        _cic.Engine.SetUserStatus(agent1, "agent1", new UserStatusUpdate("Available, No ACD", null, null, null));

        _cic.Engine.Disconnect(agent1, id);

        Assert.Equal("O", _cic.Call(id).State);
        Assert.Null(_cic.Call(id).UserId);
    }

    [Fact]
    public void An_account_code_must_exist_when_account_codes_are_enabled_and_is_ignored_otherwise()
    {
        var agent = _cic.LogIn("agent1", "station1");

        var id = _cic.Engine.CreateCall(agent, "3175550707", accountCodeId: "999");

        Assert.Equal("999", _cic.Call(id).Attributes[Attr.AccountCode]);
        IcwsAssert.Refused(400, ErrorIds.InvalidAccountCode, () => _cic.Engine.CreateCall(agent, "3175550708", accountCodeId: "404"));
        var off = new EngineHarness(o => o.CallControls.AccountCodesEnabled = false);
        var offAgent = off.LogIn("agent1", "station1");
        Assert.False(off.Call(off.Engine.CreateCall(offAgent, "3175550709", accountCodeId: "404")).Attributes.ContainsKey(Attr.AccountCode));
    }

    [Fact]
    public void The_directory_lookup_finds_users_workgroups_and_attendant_profiles_up_to_the_maximum()
    {
        var agent = _cic.LogIn("agent1", "station1");

        var result = _cic.Engine.Lookup(agent, [1, 5, 6], comparison: 2, "S", maxEntries: 10);

        Assert.Contains(result.Entries, e => e.LookupEntryType == 6 && e.EntryId == "Sales");
        Assert.Contains(result.Entries, e => e.LookupEntryType == 6 && e.EntryId == "Support");
        Assert.Contains(result.Entries, e => e.LookupEntryType == 5 && e.EntryId == "Sales Line");
        Assert.False(result.MoreEntriesMatched);
        var user = _cic.Engine.Lookup(agent, [1], comparison: 1, "1001", maxEntries: 5).Entries.Single();
        Assert.Equal(("agent1", "Available", true), (user.EntryId, user.StatusId, user.LoggedIn));
        var limited = _cic.Engine.Lookup(agent, [1], comparison: 3, "Agent", maxEntries: 3);
        Assert.Equal(3, limited.Entries.Count);
        Assert.True(limited.MoreEntriesMatched);
    }
}
