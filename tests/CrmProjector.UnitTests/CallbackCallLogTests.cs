using PureConnect.CallLogs;
using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Callbacks;

namespace PureConnect.CrmProjector.UnitTests;

/// <summary>A callback's Task (spec: "Respond to callbacks"): the customer-provided number and message, the retries made and the outcome
/// in its Description, the outcome as its Call Result unless a wrap-up code was assigned.</summary>
public sealed class CallbackCallLogTests
{
    private static readonly DateTimeOffset Connected = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly CallLogOptions Options = new();

    private static CallLogState Fold(params InteractionEvent[] events) =>
        events.Select((e, i) => (e, i)).Aggregate(CallLogState.Empty, (s, p) => CallLogProjection.Evolve(s, "100100000720261206", p.i + 1, p.e));

    private static InteractionEvent[] Callback(params InteractionEvent[] more) =>
    [
        new InteractionDiscovered("1001000007", "Callback", InteractionDirection.Inbound, "+13175550701", "Robin Requester", "Sales", false, Connected, Connected),
        new CallbackRequestObserved("+13175550701", "About my invoice", 2, Connected),
        new InteractionConnected(Connected),
        .. more,
    ];

    [Fact]
    public void A_completed_callbacks_task_has_the_number_the_message_and_the_outcome_as_call_result()
    {
        var fields = CallLogProjection.Fields(Fold(Callback(
            new CallbackCallPlaced("1001000008", Connected.AddSeconds(5)),
            new CallbackCompleted(CallbackOutcome.Success, Connected.AddSeconds(60)),
            new InteractionDisconnected(DisconnectedBy.Agent, Connected.AddSeconds(60)))), Options);

        Assert.Equal("Callback number: +13175550701\nMessage: About my invoice\nOutcome: Success", fields.Description);
        Assert.Equal("Success", fields.CallDisposition);
        Assert.StartsWith("Callback ", fields.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Retries_are_counted_and_a_wrap_up_code_stays_the_call_result()
    {
        var fields = CallLogProjection.Fields(Fold(Callback(
            new CallbackRetried(1, Connected.AddSeconds(30)),
            new CallbackRetried(2, Connected.AddSeconds(90)),
            new CallbackCompleted(CallbackOutcome.Failure, Connected.AddSeconds(120)),
            new WrapUpAssigned("No Sale", "No Sale", "agent1", Connected.AddSeconds(125)))), Options);

        Assert.Equal("Callback number: +13175550701\nMessage: About my invoice\nRetries: 2\nOutcome: Failure", fields.Description);
        Assert.Equal("No Sale", fields.CallDisposition);
    }

    [Fact]
    public void The_agents_comments_come_first_and_an_empty_message_is_left_out()
    {
        var state = Fold(
            new InteractionDiscovered("1001000009", "Callback", InteractionDirection.Inbound, "+13175550702", "Sam", "Sales", false, Connected, Connected),
            new CallbackRequestObserved("+13175550702", "", null, Connected),
            new InteractionConnected(Connected));
        var fields = CallLogProjection.Fields(state with { Comments = "Left a voicemail." }, Options);

        Assert.Equal("Left a voicemail.\n\nCallback number: +13175550702", fields.Description);
        Assert.Null(fields.CallDisposition);
    }

    [Fact]
    public void A_call_has_no_callback_details()
    {
        var state = Fold(
            new InteractionDiscovered("1001000010", "Call", InteractionDirection.Inbound, "+13175550703", "Pat", "Sales", false, Connected, Connected),
            new InteractionConnected(Connected),
            new CallbackCompleted(CallbackOutcome.Success, Connected));

        Assert.Null(state.Callback);
        Assert.Null(CallLogProjection.Fields(state, Options).Description);
    }
}
