using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>Spec, "Workgroup Queues view" and "Filter a Queue View".</summary>
public sealed class WorkgroupQueueRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static WorkgroupQueueRow Row(string id, string name, int minutesAgo, string state = "Offering", string user = "", string type = "Call") =>
        new(id, type, state, "", name, "+13175550100", user, "Inbound", Now.AddMinutes(-minutesAgo), "");

    [Fact]
    public void An_untouched_filter_asks_for_fifty_oldest_first_and_is_not_shown_as_active()
    {
        Assert.False(WorkgroupQueueFilter.None.IsActive);
        Assert.Equal("?limit=50&order=oldest", WorkgroupQueueFilter.None.ToQuery());
    }

    [Theory]
    [InlineData("500", 200)]
    [InlineData("0", 1)]
    [InlineData("120", 120)]
    [InlineData("lots", 50)]
    public void The_limit_typed_stays_within_one_and_the_hard_limit_of_two_hundred(string typed, int expected)
    {
        Assert.Equal(expected, WorkgroupQueueRules.ParseLimit(typed, WorkgroupQueueRules.DefaultLimit));
        Assert.Equal($"?limit={Math.Min(expected, 200)}&order=oldest", (WorkgroupQueueFilter.None with { Limit = WorkgroupQueueRules.ParseLimit(typed, 50) }).ToQuery());
    }

    [Fact]
    public void Clearing_a_value_filters_and_checking_it_again_shows_everything_again()
    {
        var states = WorkgroupQueueRules.States;

        var withoutHeld = WorkgroupQueueFilter.Toggle(null, states, "Held", on: false);
        var filter = WorkgroupQueueFilter.None with { States = withoutHeld };

        Assert.True(filter.IsActive);
        Assert.False(WorkgroupQueueFilter.IsChecked(withoutHeld, "Held"));
        Assert.Contains("&state=Alerting", filter.ToQuery(), StringComparison.Ordinal);
        Assert.DoesNotContain("state=Held", filter.ToQuery(), StringComparison.Ordinal);
        Assert.Null(WorkgroupQueueFilter.Toggle(withoutHeld, states, "Held", on: true));
    }

    [Fact]
    public void Deselect_all_of_a_group_matches_nothing_and_unassigned_is_asked_for_as_an_empty_user()
    {
        Assert.True((WorkgroupQueueFilter.None with { Types = new HashSet<string>() }).MatchesNothing);
        var onlyWaiting = WorkgroupQueueFilter.None with { Users = new HashSet<string> { "" }, NewestFirst = true };
        Assert.False(onlyWaiting.MatchesNothing);
        Assert.Equal("?limit=50&order=newest&user=", onlyWaiting.ToQuery());
    }

    [Fact]
    public void The_user_choices_keep_the_users_seen_before_and_start_with_nobody()
    {
        var choices = WorkgroupQueueRules.UserChoices(["agent9"], [Row("1", "A", 1, "Alerting", "agent2"), Row("2", "B", 2)]);

        Assert.Equal(["", "agent2", "agent9"], choices);
        Assert.Equal(["Call", "Callback", "Chat", "Email Interaction", "Work Item"], WorkgroupQueueRules.TypeChoices(["chat", "Work Item", ""]));
    }

    [Fact]
    public void Only_a_waiting_interaction_nobody_has_can_be_picked_up()
    {
        Assert.True(WorkgroupQueueRules.CanPickUp(Row("1", "A", 1)));
        Assert.False(WorkgroupQueueRules.CanPickUp(Row("2", "B", 1, "Alerting", "agent2")));
        Assert.False(WorkgroupQueueRules.CanPickUp(Row("3", "C", 1, "Connected", "agent3")));
    }

    [Fact]
    public void Sorting_by_a_column_and_by_time_in_queue()
    {
        IReadOnlyList<WorkgroupQueueRow> rows = [Row("1", "bea", 3), Row("2", "Al", 10), Row("3", "Cy", 1)];

        Assert.Equal(["2", "1", "3"], WorkgroupQueueRules.Sort(rows, QueueColumn.Name, descending: false).Select(r => r.InteractionId));
        Assert.Equal(["3", "1", "2"], WorkgroupQueueRules.Sort(rows, QueueColumn.Name, descending: true).Select(r => r.InteractionId));
        Assert.Equal(["3", "1", "2"], WorkgroupQueueRules.Sort(rows, QueueColumn.TimeInQueue, descending: false).Select(r => r.InteractionId));
        Assert.Equal(["2", "1", "3"], WorkgroupQueueRules.Sort(rows, QueueColumn.TimeInQueue, descending: true).Select(r => r.InteractionId));
        Assert.Same(rows, WorkgroupQueueRules.Sort(rows, null, descending: false));
        Assert.Equal("00:10:00", WorkgroupQueueRules.TimeInQueue(rows[1], Now));
    }

    [Fact]
    public void Columns_keep_their_order_and_the_last_one_stays()
    {
        var shown = WorkgroupQueueRules.ToggleColumn(WorkgroupQueueRules.DefaultColumns, QueueColumn.Subject, on: true);
        Assert.Equal(QueueColumn.Subject, shown[^1]);
        Assert.Equal([QueueColumn.Name, QueueColumn.State], WorkgroupQueueRules.ToggleColumn([QueueColumn.State], QueueColumn.Name, on: true));
        Assert.Equal([QueueColumn.State], WorkgroupQueueRules.ToggleColumn([QueueColumn.State], QueueColumn.State, on: false));
    }
}
