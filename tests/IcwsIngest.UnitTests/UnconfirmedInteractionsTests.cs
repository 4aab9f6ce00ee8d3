using PureConnect.Grains.Agents;

namespace PureConnect.IcwsIngest.UnitTests;

public sealed class UnconfirmedInteractionsTests
{
    private static readonly QueueEntry Entry = new("100100000120261205", "1001000001");

    private static Dictionary<string, string> LookedUp(string state, string callIdKey = "100100000120261205") =>
        new(StringComparer.OrdinalIgnoreCase) { ["Eic_State"] = state, ["Eic_CallIdKey"] = callIdKey };

    [Fact]
    public void An_interaction_on_a_watched_queue_is_observed_there_whatever_a_look_up_would_say()
    {
        Assert.Equal(UnconfirmedVerdict.Observed, UnconfirmedInteractions.Judge(Entry, onWatchedQueue: true, lookedUp: null));
    }

    [Theory]
    [InlineData("O")]
    [InlineData("A")]
    [InlineData("C")]
    [InlineData("H")]
    [InlineData("")]
    public void An_interaction_CIC_still_has_alive_stays_on_the_watch_list(string state)
    {
        Assert.Equal(UnconfirmedVerdict.Alive, UnconfirmedInteractions.Judge(Entry, onWatchedQueue: false, LookedUp(state)));
    }

    [Theory]
    [InlineData("I")]
    [InlineData("E")]
    [InlineData("e")]
    public void An_interaction_CIC_reports_disconnected_ended(string state)
    {
        Assert.Equal(UnconfirmedVerdict.Ended, UnconfirmedInteractions.Judge(Entry, onWatchedQueue: false, LookedUp(state)));
    }

    [Fact]
    public void An_interaction_CIC_no_longer_has_ended()
    {
        Assert.Equal(UnconfirmedVerdict.Ended, UnconfirmedInteractions.Judge(Entry, onWatchedQueue: false, lookedUp: null));
    }

    [Fact]
    public void An_interaction_id_that_CIC_reused_for_another_interaction_means_ours_ended()
    {
        Assert.Equal(UnconfirmedVerdict.Ended, UnconfirmedInteractions.Judge(Entry, onWatchedQueue: false, LookedUp("A", "100100000120261206")));
        Assert.Equal(UnconfirmedVerdict.Alive,
            UnconfirmedInteractions.Judge(new QueueEntry("1001000001", "1001000001"), onWatchedQueue: false, LookedUp("A", "100100000120261206")));
    }

    [Fact]
    public void The_watch_list_holds_each_interaction_once_until_it_is_removed()
    {
        var watch = new UnconfirmedInteractions();
        watch.Add(Entry);
        watch.Add(Entry);

        Assert.Equal([Entry], watch.Snapshot());
        Assert.True(watch.Remove(Entry.Key));
        Assert.False(watch.Remove(Entry.Key));
        Assert.Equal(0, watch.Count);
    }
}
