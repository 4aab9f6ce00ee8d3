using PureConnect.Grains.Agents;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Callbacks;

namespace PureConnect.Grains.UnitTests.Interactions.Callbacks;

/// <summary>Respond to callbacks (spec): what CIC's observations of a callback mean, and which commands an agent may give when.</summary>
public sealed class CallbackRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private const string Agent = "agent1";

    private static ObservedInteraction Seen(InteractionStatus status, int second = 0, string? user = Agent, ObservedCallback? callback = null,
        DisconnectedBy by = DisconnectedBy.Unknown) =>
        new("1000000050", "Callback", status, by, InteractionDirection.Inbound, "+13175550150", "Robin Requester", "Sales", user,
            Internal: false, Muted: null, InitiatedAt: T0, ConnectedAt: null, TerminatedAt: null, T0.AddSeconds(second),
            Unassigned: user is null, Callback: callback ?? Request());

    private static ObservedCallback Request(int attempts = 0, int? maxAttempts = 3, string? callId = null, CallbackOutcome? outcome = null) =>
        new("+13175550150", "Please call me about my invoice", outcome, callId, attempts, maxAttempts);

    private static InteractionModel Apply(InteractionModel state, ObservedInteraction seen) =>
        InteractionDecider.Observe(state, seen).Aggregate(state, InteractionDecider.Evolve);

    private static InteractionModel PickedUp(int? maxAttempts = 3) =>
        Apply(Apply(InteractionModel.Initial, Seen(InteractionStatus.Alerting, callback: Request(maxAttempts: maxAttempts))),
            Seen(InteractionStatus.Connected, 2, callback: Request(maxAttempts: maxAttempts)));

    private static InteractionModel Called(int? maxAttempts = 3) =>
        Apply(PickedUp(maxAttempts), Seen(InteractionStatus.Connected, 5, callback: Request(maxAttempts: maxAttempts, callId: "1000000051")));

    [Fact]
    public void A_routed_callback_is_discovered_with_the_requesters_details()
    {
        var events = InteractionDecider.Observe(InteractionModel.Initial, Seen(InteractionStatus.Alerting));

        Assert.Contains(new CallbackRequestObserved("+13175550150", "Please call me about my invoice", 3, T0), events);
        var state = events.Aggregate(InteractionModel.Initial, InteractionDecider.Evolve);
        Assert.Equal(InteractionStatus.Alerting, state.Status);
        Assert.Equal("Robin Requester", state.RemoteName);
        Assert.Equal(new CallbackState { Phone = "+13175550150", Message = "Please call me about my invoice", MaxAttempts = 3 }, state.Callback);
    }

    [Fact]
    public void The_same_callback_observation_twice_changes_nothing()
    {
        var state = Called();

        Assert.Empty(InteractionDecider.Observe(state, Seen(InteractionStatus.Connected, 9, callback: Request(callId: "1000000051"))));
    }

    [Fact]
    public void A_call_has_no_callback_state()
    {
        var call = Seen(InteractionStatus.Alerting) with { ObjectType = "Call", Callback = new ObservedCallback(null, null, null, "", null, null) };

        var state = Apply(InteractionModel.Initial, call);

        Assert.Null(state.Callback);
    }

    [Fact]
    public void The_callback_form_buttons_wait_until_the_number_was_called()
    {
        var view = CallbackRules.View(PickedUp());

        Assert.True(view.CanCallNumber);
        Assert.False(view.CanComplete);
        Assert.False(view.CanRetry);
        Assert.False(view.CanFail);
        Assert.Equal("callback.notAttempted", CallbackRules.Check(PickedUp(), Agent, CallbackCommandKind.Complete)?.ErrorCode);
    }

    [Fact]
    public void Calling_the_number_records_the_call_beneath_the_callback_and_enables_the_buttons()
    {
        var events = InteractionDecider.Observe(PickedUp(), Seen(InteractionStatus.Connected, 5, callback: Request(callId: "1000000051")));

        Assert.Equal([new CallbackCallPlaced("1000000051", T0.AddSeconds(5))], events);
        var view = CallbackRules.View(events.Aggregate(PickedUp(), InteractionDecider.Evolve));
        Assert.Equal("1000000051", view.CallId);
        Assert.True(view.CanComplete);
        Assert.True(view.CanRetry);
        Assert.True(view.CanFail);
    }

    [Fact]
    public void The_call_placed_answer_of_cic_records_the_call_once_and_the_ingest_repeating_it_changes_nothing()
    {
        var placed = CallbackRules.CallPlaced(PickedUp().Callback, "1000000051", T0.AddSeconds(5));
        var state = placed.Aggregate(PickedUp(), InteractionDecider.Evolve);

        Assert.Equal([new CallbackCallPlaced("1000000051", T0.AddSeconds(5))], placed);
        Assert.Empty(InteractionDecider.Observe(state, Seen(InteractionStatus.Connected, 6, callback: Request(callId: "1000000051"))));
    }

    [Fact]
    public void An_alerting_callback_must_be_picked_up_before_its_number_is_called()
    {
        var alerting = Apply(InteractionModel.Initial, Seen(InteractionStatus.Alerting));

        Assert.Equal("callback.notPickedUp", CallbackRules.Check(alerting, Agent, CallbackCommandKind.CallNumber)?.ErrorCode);
        Assert.False(CallbackRules.View(alerting).CanCallNumber);
    }

    [Fact]
    public void Only_the_owner_may_command_a_callback_and_only_a_callback_takes_callback_commands()
    {
        var call = Apply(InteractionModel.Initial, Seen(InteractionStatus.Connected) with { ObjectType = "Call", Callback = null });

        Assert.Equal("interaction.notFound", CallbackRules.Check(Called(), "agent2", CallbackCommandKind.Complete)?.ErrorCode);
        Assert.Equal("callback.notACallback", CallbackRules.Check(call, Agent, CallbackCommandKind.CallNumber)?.ErrorCode);
    }

    [Fact]
    public void Retry_is_refused_when_the_administrator_has_not_enabled_retries()
    {
        var state = Called(maxAttempts: 0);

        Assert.Equal("callback.retryDisabled", CallbackRules.Check(state, Agent, CallbackCommandKind.Retry)?.ErrorCode);
        Assert.False(CallbackRules.View(state).CanRetry);
        Assert.True(CallbackRules.View(state).CanFail);
    }

    [Fact]
    public void Retry_is_allowed_when_cic_does_not_say_how_many_retries_it_allows()
    {
        Assert.Null(CallbackRules.Check(Called(maxAttempts: null), Agent, CallbackCommandKind.Retry));
    }

    [Fact]
    public void A_retried_callback_leaves_the_agent_snoozed_on_its_workgroup_and_the_next_agent_starts_over()
    {
        var retried = InteractionDecider.Observe(Called(), Seen(InteractionStatus.Offering, 10, user: null, callback: Request(attempts: 1, callId: "1000000051")));
        var state = retried.Aggregate(Called(), InteractionDecider.Evolve);

        Assert.Contains(new CallbackRetried(1, T0.AddSeconds(10)), retried);
        Assert.Contains(new InteractionUnassigned(Agent, T0.AddSeconds(10)), retried);
        Assert.Equal(InteractionStatus.Offering, state.Status);
        Assert.Null(state.UserId);

        state = Apply(Apply(state, Seen(InteractionStatus.Alerting, 70, user: "agent2", callback: Request(attempts: 1, callId: "1000000051"))),
            Seen(InteractionStatus.Connected, 72, user: "agent2", callback: Request(attempts: 1, callId: "1000000051")));
        Assert.Equal(1, state.Callback!.Attempts);
        Assert.Equal("callback.notAttempted", CallbackRules.Check(state, "agent2", CallbackCommandKind.Retry)?.ErrorCode);

        state = Apply(state, Seen(InteractionStatus.Connected, 80, user: "agent2", callback: Request(attempts: 1, callId: "1000000052")));
        Assert.Null(CallbackRules.Check(state, "agent2", CallbackCommandKind.Retry));
    }

    [Fact]
    public void Retry_is_refused_once_the_allowed_retries_are_used_up()
    {
        var state = Apply(Called(maxAttempts: 1), Seen(InteractionStatus.Offering, 10, user: null, callback: Request(attempts: 1, maxAttempts: 1)));
        state = Apply(Apply(state, Seen(InteractionStatus.Connected, 70, callback: Request(attempts: 1, maxAttempts: 1))),
            Seen(InteractionStatus.Connected, 75, callback: Request(attempts: 1, maxAttempts: 1, callId: "1000000052")));

        Assert.Equal("callback.noRetriesLeft", CallbackRules.Check(state, Agent, CallbackCommandKind.Retry)?.ErrorCode);
        Assert.Null(CallbackRules.Check(state, Agent, CallbackCommandKind.Fail));
    }

    [Theory]
    [InlineData(CallbackOutcome.Success)]
    [InlineData(CallbackOutcome.Failure)]
    public void A_completed_callback_records_its_outcome_and_takes_no_more_commands(CallbackOutcome outcome)
    {
        var events = InteractionDecider.Observe(Called(),
            Seen(InteractionStatus.Disconnected, 20, by: DisconnectedBy.Agent, callback: Request(callId: "1000000051", outcome: outcome)));
        var state = events.Aggregate(Called(), InteractionDecider.Evolve);

        Assert.Contains(new CallbackCompleted(outcome, T0.AddSeconds(20)), events);
        Assert.Equal(InteractionStatus.Disconnected, state.Status);
        Assert.Equal(outcome, CallbackRules.View(state).Outcome);
        Assert.Equal("callback.ended", CallbackRules.Check(state, Agent, CallbackCommandKind.Complete)?.ErrorCode);
        Assert.Empty(InteractionDecider.Observe(state,
            Seen(InteractionStatus.Disconnected, 21, by: DisconnectedBy.Agent, callback: Request(callId: "1000000051", outcome: outcome))));
    }

    [Fact]
    public void The_planner_maps_the_commands_onto_the_callback_requests_of_icws()
    {
        var state = Called();

        Assert.Equal(new IcwsCall(IcwsCallKind.CallCallbackNumber, "1000000050", Target: "+13175550150"),
            CallbackCommandPlanner.Plan(state, new CallbackCommand(Agent, CallbackCommandKind.CallNumber)).Call);
        Assert.Equal("Success", CallbackCommandPlanner.Plan(state, new CallbackCommand(Agent, CallbackCommandKind.Complete)).Call?.Text);
        Assert.Equal("Retry", CallbackCommandPlanner.Plan(state, new CallbackCommand(Agent, CallbackCommandKind.Retry)).Call?.Text);
        Assert.Equal("Failure", CallbackCommandPlanner.Plan(state, new CallbackCommand(Agent, CallbackCommandKind.Fail)).Call?.Text);
        Assert.Equal("callback.notPickedUp",
            CallbackCommandPlanner.Plan(Apply(InteractionModel.Initial, Seen(InteractionStatus.Alerting)), new CallbackCommand(Agent, CallbackCommandKind.Complete))
                .Refused?.ErrorCode);
    }

    public static TheoryData<object, string> Events => new()
    {
        { new CallbackRequestObserved("+13175550150", "Call me", 3, T0), "V1.CallbackRequestObserved" },
        { new CallbackCallPlaced("1000000051", T0), "V1.CallbackCallPlaced" },
        { new CallbackRetried(1, T0), "V1.CallbackRetried" },
        { new CallbackCompleted(CallbackOutcome.Failure, T0), "V1.CallbackCompleted" },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void A_callback_event_is_stored_under_its_versioned_name_and_reads_back_equal(object @event, string name)
    {
        var serializer = EventSerializer.ForContracts();

        Assert.Equal(name, serializer.NameOf(@event));
        Assert.Equal(@event, serializer.Deserialize(name, serializer.Serialize(@event)));
    }
}
