using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;
using static PureConnect.Grains.UnitTests.Calls.TestCalls;

namespace PureConnect.Grains.UnitTests.Calls;

/// <summary>Given these interaction events of the agent's calls, then this Call History view.</summary>
public sealed class CallHistoryTests
{
    private static InteractionDiscovered Discovered(int minute, InteractionDirection direction = InteractionDirection.Inbound, string objectType = "Call") =>
        new($"c{minute}", objectType, direction, $"317555{minute:0000}", $"Caller {minute}", null, false, At.AddMinutes(minute), At.AddMinutes(minute));

    private static CallHistoryState Given(params (string Id, InteractionEvent Event)[] events) =>
        events.Aggregate(CallHistoryState.Initial, (s, e) => CallHistory.Apply(s, e.Id, e.Event));

    private static (string, InteractionEvent)[] Answered(int minute, int seconds) =>
    [
        ($"c{minute}", Discovered(minute)),
        ($"c{minute}", new InteractionConnected(At.AddMinutes(minute).AddSeconds(5))),
        ($"c{minute}", new InteractionDisconnected(DisconnectedBy.Remote, At.AddMinutes(minute).AddSeconds(5 + seconds))),
    ];

    private static CallHistoryState Mix() => Given(
    [
        .. Answered(1, 90),
        ("c2", Discovered(2)),
        ("c2", new InteractionDisconnected(DisconnectedBy.Remote, At.AddMinutes(2).AddSeconds(20))),
        ("c3", Discovered(3, InteractionDirection.Outbound)),
        ("c3", new InteractionConnected(At.AddMinutes(3).AddSeconds(10))),
        ("c3", new InteractionDisconnected(DisconnectedBy.Agent, At.AddMinutes(3).AddSeconds(40))),
        ("c4", Discovered(4)),
        ("c4", new InteractionConnected(At.AddMinutes(4))),
        ("c4", new InteractionTransferred(Agent, new TransferTarget(TransferTargetKind.Workgroup, "Support"), false, At.AddMinutes(4).AddSeconds(30))),
        ("c4", new InteractionDisconnected(DisconnectedBy.Agent, At.AddMinutes(4).AddSeconds(50))),
        ("c5", Discovered(5)),
        ("c5", new InteractionSentToVoicemail(At.AddMinutes(5).AddSeconds(3))),
    ]);

    [Fact]
    public void A_call_shows_the_other_partys_name_and_number_when_it_started_and_how_long_it_lasted()
    {
        var entry = Assert.Single(CallHistory.List(Given(Answered(1, 90)), CallHistoryFilter.All, At.AddHours(1)));

        Assert.Equal(new CallHistoryEntry("c1", "Caller 1", "3175550001", At.AddMinutes(1), TimeSpan.FromSeconds(90), InteractionDirection.Inbound,
            CallHistoryKind.Answered), entry);
    }

    [Theory]
    [InlineData(CallHistoryFilter.All, new[] { "c5", "c4", "c3", "c2", "c1" })]
    [InlineData(CallHistoryFilter.Answered, new[] { "c1" })]
    [InlineData(CallHistoryFilter.Missed, new[] { "c2" })]
    [InlineData(CallHistoryFilter.Outgoing, new[] { "c3" })]
    [InlineData(CallHistoryFilter.Forwarded, new[] { "c5", "c4" })]
    public void The_list_shows_all_calls_newest_first_or_only_missed_outgoing_answered_or_forwarded_ones(CallHistoryFilter filter, string[] ids)
    {
        Assert.Equal(ids, CallHistory.List(Mix(), filter, At.AddHours(1)).Select(e => e.InteractionId));
    }

    [Fact]
    public void A_transferred_call_lasts_until_the_transfer()
    {
        var c4 = CallHistory.List(Mix(), CallHistoryFilter.Forwarded, At.AddHours(1)).Single(e => e.InteractionId == "c4");

        Assert.Equal(TimeSpan.FromSeconds(30), c4.Duration);
    }

    [Fact]
    public void A_missed_call_lasts_nothing_and_a_call_still_going_lasts_until_now()
    {
        var live = Given(("c1", Discovered(1)), ("c1", new InteractionConnected(At.AddMinutes(1))));

        Assert.Equal(TimeSpan.Zero, CallHistory.List(Mix(), CallHistoryFilter.Missed, At.AddHours(1)).Single().Duration);
        Assert.Equal(TimeSpan.FromSeconds(45), CallHistory.List(live, CallHistoryFilter.All, At.AddMinutes(1).AddSeconds(45)).Single().Duration);
    }

    [Fact]
    public void A_call_still_ringing_is_listed_under_all_only()
    {
        var ringing = Given(("c1", Discovered(1)));

        Assert.Equal(CallHistoryKind.Ringing, CallHistory.List(ringing, CallHistoryFilter.All, At).Single().Kind);
        Assert.Empty(CallHistory.List(ringing, CallHistoryFilter.Missed, At));
    }

    [Fact]
    public void Only_the_most_recent_calls_are_kept()
    {
        var state = Enumerable.Range(0, 120).Aggregate(CallHistoryState.Initial, (s, m) => CallHistory.Apply(s, $"c{m}", Discovered(m)));

        var list = CallHistory.List(state, CallHistoryFilter.All, At.AddHours(3));
        Assert.Equal(CallHistory.Capacity, list.Count);
        Assert.Equal(("c119", "c20"), (list[0].InteractionId, list[^1].InteractionId));
        Assert.Same(state, CallHistory.Apply(state, "c0", Discovered(0)));
        Assert.Same(state, CallHistory.Apply(state, "c5", new InteractionConnected(At)));
    }

    [Fact]
    public void An_older_call_replayed_late_takes_its_place_by_time()
    {
        var state = Given(("c5", Discovered(5)), ("c1", Discovered(1)), ("c3", Discovered(3)));

        Assert.Equal(["c5", "c3", "c1"], CallHistory.List(state, CallHistoryFilter.All, At).Select(e => e.InteractionId));
    }

    [Fact]
    public void Chats_and_repeated_or_unknown_events_change_nothing()
    {
        var state = Given(("c1", Discovered(1)));

        Assert.Same(CallHistoryState.Initial, CallHistory.Apply(CallHistoryState.Initial, "x", Discovered(1, objectType: "Chat")));
        Assert.Same(state, CallHistory.Apply(state, "c1", Discovered(1)));
        Assert.Same(state, CallHistory.Apply(state, "other", new InteractionConnected(At)));
    }

    [Fact]
    public void A_new_name_or_number_for_the_other_party_shows_in_the_list()
    {
        var state = Given(("c1", Discovered(1)), ("c1", new InteractionPartyChanged("3175559999", "Pat Doe", At.AddMinutes(1))));

        var entry = CallHistory.List(state, CallHistoryFilter.All, At).Single();
        Assert.Equal(("Pat Doe", "3175559999"), (entry.Name, entry.Number));
    }
}
