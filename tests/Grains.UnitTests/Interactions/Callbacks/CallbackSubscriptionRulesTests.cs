using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Callbacks;

namespace PureConnect.Grains.UnitTests.Interactions.Callbacks;

/// <summary>What CIC's callback subscription (<c>callbackMessage</c>) says about a callback: the call placed from it, retries, the retries
/// allowed; nothing for an interaction that is not a callback, nothing again for what is already known.</summary>
public sealed class CallbackSubscriptionRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private static InteractionModel Callback() => InteractionModel.Initial with
    {
        Discovered = true,
        InteractionId = "1000000060",
        ObjectType = "Callback",
        Status = InteractionStatus.Connected,
        UserId = "agent1",
        Callback = new CallbackState { Phone = "+13175550160", Message = "About my invoice", MaxAttempts = null },
    };

    private static CallbackObservation Seen(string? callId = null, int? attempts = 0, int? maxAttempts = 2) =>
        new("+13175550160", "About my invoice", callId, attempts, maxAttempts, T0);

    [Fact]
    public void The_first_message_tells_the_retries_allowed_then_the_call_placed_and_a_retry_follow()
    {
        var state = Callback();
        var first = CallbackRules.Observe(state, Seen());
        Assert.Equal([new CallbackRequestObserved("+13175550160", "About my invoice", 2, T0)], first);
        state = first.Aggregate(state, InteractionDecider.Evolve);

        var called = CallbackRules.Observe(state, Seen(callId: "1000000061"));
        Assert.Equal([new CallbackCallPlaced("1000000061", T0)], called);
        state = called.Aggregate(state, InteractionDecider.Evolve);

        Assert.Equal([new CallbackRetried(1, T0)], CallbackRules.Observe(state, Seen(callId: "1000000061", attempts: 1)));
        Assert.Empty(CallbackRules.Observe(state, Seen(callId: "1000000061")));
    }

    [Fact]
    public void A_message_about_an_interaction_that_is_not_a_callback_changes_nothing()
    {
        var call = Callback() with { ObjectType = "Call", Callback = null };

        Assert.Empty(CallbackRules.Observe(call, Seen(callId: "1000000061", attempts: 1)));
    }
}
