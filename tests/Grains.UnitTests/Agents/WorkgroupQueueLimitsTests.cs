using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.UnitTests.Agents;

/// <summary>Spec, "Filter a Queue View": filter by type, state and user; a default limit of 50, a hard limit of 200; the limit order
/// decides which interactions are retrieved.</summary>
public sealed class WorkgroupQueueLimitsTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static WorkgroupQueueEntry Entry(int minute, string type = "Call", InteractionStatus state = InteractionStatus.Offering, string user = "") =>
        new($"id-{minute:D4}", type, state, "", $"Caller {minute}", "+1317555" + minute.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            user, InteractionDirection.Inbound, Start.AddMinutes(minute), "");

    [Fact]
    public void Without_a_limit_the_fifty_longest_waiting_are_shown_of_more_and_all_are_counted()
    {
        var queue = Enumerable.Range(0, 260).Select(m => Entry(m)).Reverse().ToList();

        var (shown, matching) = WorkgroupQueueLimits.Apply(queue, new WorkgroupQueueQuery("Sales"));

        Assert.Equal(260, matching);
        Assert.Equal(50, shown.Count);
        Assert.Equal(Enumerable.Range(0, 50).Select(m => $"id-{m:D4}"), shown.Select(e => e.InteractionId));
    }

    [Theory]
    [InlineData(200, 200)]
    [InlineData(1000, 200)]
    [InlineData(120, 120)]
    public void A_limit_above_the_hard_limit_never_shows_more_than_two_hundred(int limit, int expected)
    {
        var queue = Enumerable.Range(0, 260).Select(m => Entry(m)).ToList();

        var (shown, _) = WorkgroupQueueLimits.Apply(queue, new WorkgroupQueueQuery("Sales", limit));

        Assert.Equal(expected, shown.Count);
        Assert.Equal(WorkgroupQueueLimits.IsValid(limit), limit <= 200);
    }

    [Fact]
    public void Newest_first_retrieves_the_most_recent_interactions()
    {
        var queue = Enumerable.Range(0, 10).Select(m => Entry(m)).ToList();

        var (shown, _) = WorkgroupQueueLimits.Apply(queue, new WorkgroupQueueQuery("Sales", 3, WorkgroupQueueLimitOrder.NewestFirst));

        Assert.Equal(["id-0009", "id-0008", "id-0007"], shown.Select(e => e.InteractionId));
    }

    [Fact]
    public void The_filter_applies_before_the_limit_by_type_state_and_user()
    {
        List<WorkgroupQueueEntry> queue =
        [
            Entry(1), Entry(2, "Chat"), Entry(3, state: InteractionStatus.Alerting, user: "agent2"), Entry(4), Entry(5, user: "agent3", state: InteractionStatus.Connected),
        ];

        Assert.Equal(["id-0002"], Ids(new WorkgroupQueueQuery("Sales", Types: ["chat"])));
        Assert.Equal(["id-0003", "id-0005"], Ids(new WorkgroupQueueQuery("Sales", States: [InteractionStatus.Alerting, InteractionStatus.Connected])));
        Assert.Equal(["id-0001", "id-0002", "id-0004"], Ids(new WorkgroupQueueQuery("Sales", Users: [""])));
        Assert.Equal(["id-0004"], Ids(new WorkgroupQueueQuery("Sales", 1, WorkgroupQueueLimitOrder.NewestFirst, Types: ["Call"], Users: [""])));
        var (_, matching) = WorkgroupQueueLimits.Apply(queue, new WorkgroupQueueQuery("Sales", 1, Types: ["Call"]));
        Assert.Equal(4, matching);

        IReadOnlyList<string> Ids(WorkgroupQueueQuery query) => [.. WorkgroupQueueLimits.Apply(queue, query).Shown.Select(e => e.InteractionId)];
    }
}
