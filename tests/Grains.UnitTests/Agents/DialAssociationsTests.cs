using PureConnect.Grains.Agents;

namespace PureConnect.Grains.UnitTests.Agents;

/// <summary>Click-to-dial records wait as agent events until their call reaches the queue.</summary>
public sealed class DialAssociationsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static AgentModel Given(IEnumerable<AgentEvent> events) => events.Aggregate(AgentModel.Initial, AgentDecider.Evolve);

    [Fact]
    public void The_records_travel_as_interaction_attributes_and_blank_ones_are_left_out()
    {
        Assert.Equal(new Dictionary<string, string> { ["SF_WhoId"] = "003A", ["SF_WhatId"] = "001B" }, DialAssociations.Attributes("003A", "001B"));
        Assert.Equal(new Dictionary<string, string> { ["SF_WhatId"] = "001B" }, DialAssociations.Attributes(" ", "001B"));
        Assert.Empty(DialAssociations.Attributes(null, null));
    }

    [Fact]
    public void A_placed_call_with_records_waits_in_the_folded_state_until_it_arrives_on_the_queue()
    {
        var placed = DialAssociations.Placed(AgentModel.Initial, "1001", "003A", null, T0);
        Assert.Equal([new DialAssociationPending("1001", "003A", null, T0)], placed);
        var state = Given(placed);

        var arrived = Assert.Single(DialAssociations.Arrived(state, [new QueueEntry("other", "2002"), new QueueEntry("k1", "1001")]));
        Assert.Equal(("k1", "1001", "003A"), (arrived.Key, arrived.InteractionId, arrived.Records.WhoId));

        state = AgentDecider.Evolve(state, new DialAssociationSettled("1001", T0));
        Assert.Empty(DialAssociations.Arrived(state, [new QueueEntry("k1", "1001")]));
    }

    [Fact]
    public void A_call_without_records_waits_for_nothing_and_records_whose_call_never_showed_are_given_up()
    {
        Assert.Empty(DialAssociations.Placed(AgentModel.Initial, "1001", null, " ", T0));

        var state = Given(DialAssociations.Placed(AgentModel.Initial, "1001", "003A", null, T0));
        var later = DialAssociations.Placed(state, "1002", "003B", null, T0 + DialAssociations.Lifetime);

        Assert.Equal([new DialAssociationSettled("1001", T0 + DialAssociations.Lifetime), new DialAssociationPending("1002", "003B", null, T0 + DialAssociations.Lifetime)], later);
    }
}
