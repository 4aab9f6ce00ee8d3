using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

public sealed class CallbackTests
{
    private readonly EngineHarness _cic = new();

    [Fact]
    public void A_callback_request_waits_in_the_workgroup_queue_and_alerts_an_available_agent_like_a_call()
    {
        var id = _cic.Engine.InjectCallback("Sales", "+13175550150", "Robin Requester", "Question about my invoice");

        var waiting = _cic.Call(id);
        Assert.Equal("O", waiting.State);
        Assert.Null(waiting.UserId);
        Assert.Equal("Callback", waiting.Attributes[Attr.ObjectType]);
        Assert.Equal("+13175550150", waiting.Attributes[Attr.CallbackPhone]);
        Assert.Equal("Robin Requester", waiting.Attributes[Attr.RemoteName]);
        Assert.Equal("Question about my invoice", waiting.Attributes[Attr.Subject]);
        Assert.Equal("", waiting.Attributes[Attr.CallbackCompletion]);
        Assert.Equal("", waiting.Attributes[Attr.CallbackAssociatedCallId]);
        Assert.Equal("0", waiting.Attributes[Attr.CallbackAttempts]);
        Assert.Equal("3", waiting.Attributes[Attr.CallbackMaxAttempts]);

        _cic.LogIn("agent2", "station2");

        var alerting = _cic.Call(id);
        Assert.Equal("A", alerting.State);
        Assert.Equal("agent2", alerting.UserId);
        Assert.Equal("Sales", alerting.Workgroup);
    }

    [Fact]
    public void Calling_the_number_places_an_outbound_call_that_names_the_callback_and_the_callback_names_the_call()
    {
        var (agent, callbackId) = ConnectedCallback();

        var callId = _cic.Engine.CreateCallbackResponseCall(agent, callbackId, "+13175550150");

        var call = _cic.Call(callId);
        Assert.Equal("Call", call.Attributes[Attr.ObjectType]);
        Assert.Equal("O", call.Attributes[Attr.CallDirection]);
        Assert.Equal("+13175550150", call.Attributes[Attr.RemoteAddress]);
        Assert.Equal("agent1", call.UserId);
        Assert.Equal("Sales", call.Attributes[Attr.WorkgroupName]);
        Assert.Equal(callbackId, call.Attributes[Attr.AssociatedCallbackId]);
        var callback = _cic.Call(callbackId);
        Assert.Equal(callId, callback.Attributes[Attr.CallbackAssociatedCallId]);
        Assert.Equal("C", callback.State);
    }

    [Fact]
    public void The_number_can_be_called_only_from_a_connected_callback_on_the_agents_own_queue()
    {
        var agent1 = _cic.LogIn("agent1", "station1");
        var alerting = _cic.Engine.InjectCallback("Sales", "+13175550151", "Robin Requester");
        var agent7 = _cic.LogIn("agent7", "station7");
        var call = _cic.Engine.InjectCall("+13175550152", workgroup: "Support");
        _cic.Engine.Pickup(agent7, call);

        var notConnected = Assert.Throws<IcwsErrorException>(() => _cic.Engine.CreateCallbackResponseCall(agent1, alerting, "+13175550151"));
        var notACallback = Assert.Throws<IcwsErrorException>(() => _cic.Engine.CreateCallbackResponseCall(agent7, call, "+13175550152"));
        var notTheirs = Assert.Throws<IcwsErrorException>(() => _cic.Engine.CreateCallbackResponseCall(agent7, alerting, "+13175550151"));

        Assert.Equal((400, ErrorIds.InvalidState), (notConnected.StatusCode, notConnected.ErrorId));
        Assert.Equal((400, ErrorIds.NotACallback), (notACallback.StatusCode, notACallback.ErrorId));
        Assert.Equal((403, ErrorIds.AccessDenied), (notTheirs.StatusCode, notTheirs.ErrorId));
    }

    [Theory]
    [InlineData(CallbackDisposition.Success, "Success")]
    [InlineData(CallbackDisposition.Failure, "Failure")]
    public void Success_and_failure_end_the_callback_with_its_completion(CallbackDisposition disposition, string completion)
    {
        var (agent, callbackId) = ConnectedCallback();
        var callId = _cic.Engine.CreateCallbackResponseCall(agent, callbackId, "+13175550150");

        _cic.Engine.DispositionCallback(agent, callbackId, disposition);

        var callback = _cic.Call(callbackId);
        Assert.Equal("I", callback.State);
        Assert.Equal(completion, callback.Attributes[Attr.CallbackCompletion]);
        Assert.Equal(completion, callback.Attributes[Attr.CallbackCompletionDisplay]);
        Assert.Equal("R", _cic.Call(callId).State);
    }

    [Fact]
    public void The_completion_travels_as_the_icelib_enum_number_when_so_configured()
    {
        var cic = new EngineHarness(o => o.Callbacks.CompletionAsNumber = true);
        var agent = cic.LogIn("agent1", "station1");
        var callbackId = cic.Engine.InjectCallback("Sales", "+13175550153", "Robin Requester");
        cic.Engine.Pickup(agent, callbackId);

        cic.Engine.DispositionCallback(agent, callbackId, CallbackDisposition.Success);

        Assert.Equal("1", cic.Call(callbackId).Attributes[Attr.CallbackCompletion]);
        Assert.Equal("Success", cic.Call(callbackId).Attributes[Attr.CallbackCompletionDisplay]);
    }

    [Fact]
    public void Retry_snoozes_the_callback_on_its_workgroup_for_the_configured_interval_then_the_acd_routes_it_again()
    {
        _cic.Engine.ConfigureCallbacks("Sales", new CallbackSettings(MaxRetries: 2, SnoozeDuration: TimeSpan.FromSeconds(60)));
        var (agent, callbackId) = ConnectedCallback();

        _cic.Engine.DispositionCallback(agent, callbackId, CallbackDisposition.Retry);

        var snoozed = _cic.Call(callbackId);
        Assert.Equal("O", snoozed.State);
        Assert.Equal("Snoozed", snoozed.Attributes[Attr.CallStateString]);
        Assert.Null(snoozed.UserId);
        Assert.Equal("", snoozed.Attributes[Attr.UserName]);
        Assert.Equal("1", snoozed.Attributes[Attr.CallbackAttempts]);
        Assert.Equal("", snoozed.Attributes[Attr.CallbackCompletion]);

        _cic.Advance(59);
        Assert.Equal("Snoozed", _cic.Call(callbackId).Attributes[Attr.CallStateString]);

        _cic.Advance(2);
        var again = _cic.Call(callbackId);
        Assert.Equal("A", again.State);
        Assert.Equal("agent1", again.UserId);
    }

    [Fact]
    public void A_snoozed_callback_whose_snooze_ends_while_nobody_is_available_waits_for_an_agent()
    {
        _cic.Engine.ConfigureCallbacks("Sales", new CallbackSettings(MaxRetries: 1, SnoozeDuration: TimeSpan.FromSeconds(30)));
        var (agent, callbackId) = ConnectedCallback();
        _cic.Engine.DispositionCallback(agent, callbackId, CallbackDisposition.Retry);
        _cic.Engine.SetUserStatus(agent, "agent1", new UserStatusUpdate("Away from desk"));

        _cic.Advance(31);

        var waiting = _cic.Call(callbackId);
        Assert.Equal("O", waiting.State);
        Assert.Equal("ACD - Wait Agent", waiting.Attributes[Attr.CallStateString]);
    }

    [Fact]
    public void Retry_after_the_last_allowed_retry_fails_the_callback()
    {
        _cic.Engine.ConfigureCallbacks("Sales", new CallbackSettings(MaxRetries: 1, SnoozeDuration: TimeSpan.FromSeconds(10)));
        var (agent, callbackId) = ConnectedCallback();
        _cic.Engine.DispositionCallback(agent, callbackId, CallbackDisposition.Retry);
        _cic.Advance(11);
        _cic.Engine.Pickup(agent, callbackId);

        _cic.Engine.DispositionCallback(agent, callbackId, CallbackDisposition.Retry);

        var callback = _cic.Call(callbackId);
        Assert.Equal("I", callback.State);
        Assert.Equal("Failure", callback.Attributes[Attr.CallbackCompletion]);
        Assert.Equal("1", callback.Attributes[Attr.CallbackAttempts]);
    }

    [Fact]
    public void A_callback_is_dispositioned_only_once_it_is_picked_up()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var callbackId = _cic.Engine.InjectCallback("Sales", "+13175550154", "Robin Requester");

        var error = Assert.Throws<IcwsErrorException>(() => _cic.Engine.DispositionCallback(agent, callbackId, CallbackDisposition.Success));

        Assert.Equal((400, ErrorIds.InvalidState), (error.StatusCode, error.ErrorId));
        Assert.Equal("A", _cic.Call(callbackId).State);
    }

    [Fact]
    public void A_callback_to_a_user_alerts_them_at_once_and_having_no_workgroup_to_wait_on_cannot_be_retried()
    {
        var agent = _cic.LogIn("agent3", "station3");

        var id = _cic.Engine.InjectCallback(null, "+13175550156", "Robin Requester", userId: "agent3");
        Assert.Equal(("A", "agent3", "0"), (_cic.Call(id).State, _cic.Call(id).UserId, _cic.Call(id).Attributes[Attr.CallbackMaxAttempts]));
        _cic.Engine.Pickup(agent, id);
        _cic.Engine.DispositionCallback(agent, id, CallbackDisposition.Retry);

        Assert.Equal(("I", "Failure"), (_cic.Call(id).State, _cic.Call(id).Attributes[Attr.CallbackCompletion]));
    }

    [Fact]
    public void A_connected_callback_keeps_the_agent_busy_for_the_acd()
    {
        var (_, callbackId) = ConnectedCallback();

        var call = _cic.Engine.InjectCall("+13175550155", workgroup: "Sales");

        Assert.Equal("O", _cic.Call(call).State);
        Assert.Equal("C", _cic.Call(callbackId).State);
    }

    private (Session Agent, string CallbackId) ConnectedCallback()
    {
        var agent = _cic.LogIn("agent1", "station1");
        var callbackId = _cic.Engine.InjectCallback("Sales", "+13175550150", "Robin Requester", "Please call me");
        _cic.Engine.Pickup(agent, callbackId);
        return (agent, callbackId);
    }
}
