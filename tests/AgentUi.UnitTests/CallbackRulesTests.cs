using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;
using static PureConnect.AgentUi.UnitTests.Calls;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>Spec, "Respond to callbacks": the callback form opens from callbacks only, and "the call displays in the interaction view
/// beneath the callback interaction".</summary>
public sealed class CallbackRulesTests
{
    private static InteractionItem Callback(string key, string? callId = null) =>
        Call("Connected", key, objectType: "Callback") with
        {
            Callback = new CallbackInfo("+13175550150", "Call me", 0, 3, callId, null, true, callId is not null, callId is not null, callId is not null),
        };

    [Fact]
    public void Only_a_callback_with_its_details_opens_the_callback_form()
    {
        Assert.True(CallbackRules.IsCallback(Callback("cb")));
        Assert.False(CallbackRules.IsCallback(Call("Connected")));
        Assert.False(CallbackRules.IsCallback(Call("Connected", objectType: "Callback")));
        Assert.False(CallbackRules.IsCallback(null));
    }

    [Fact]
    public void The_call_placed_from_a_callback_is_listed_beneath_it()
    {
        var newer = Call("Connected", "k9");
        var callFromCallback = Call("Dialing", "k2");
        var other = Call("Held", "k3");
        var callback = Callback("cb", callId: callFromCallback.InteractionId);

        var ordered = CallbackRules.Ordered([newer, callFromCallback, other, callback]);

        Assert.Equal(["k9", "k3", "cb", "k2"], ordered.Select(i => i.Key));
        Assert.Equal("cb", CallbackRules.ParentOf(callFromCallback, [newer, callFromCallback, other, callback])?.Key);
        Assert.Null(CallbackRules.ParentOf(other, [newer, callFromCallback, other, callback]));
    }

    [Fact]
    public void Without_callbacks_the_order_is_kept()
    {
        IReadOnlyList<InteractionItem> items = [Call("Connected", "a"), Call("Held", "b")];

        Assert.Same(items, CallbackRules.Ordered(items));
    }

    [Fact]
    public void A_callback_whose_call_is_not_listed_stays_where_it_is()
    {
        var callback = Callback("cb", callId: "999");

        Assert.Equal(["a", "cb"], CallbackRules.Ordered([Call("Connected", "a"), callback]).Select(i => i.Key));
    }

    [Fact]
    public void A_callback_is_neither_dragged_into_a_conference_nor_takes_a_dropped_call()
    {
        var callback = Callback("cb");

        Assert.False(ConferenceRules.CanDrag(callback));
        Assert.False(ConferenceRules.CanDrop(callback, "k1"));
        Assert.True(ConferenceRules.CanDrag(Call("Connected", "k1")));
    }
}
