using System.Text.Json.Nodes;
using PureConnect.CallLogs;
using PureConnect.CrmProjector.CallLogs;
using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;

namespace PureConnect.CrmProjector.UnitTests;

/// <summary>A call log's Task belongs to the agent who had the call, as their Salesforce user: the configured map, else a look-up.</summary>
public sealed class TaskOwnerTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static CallLogState Fold(params InteractionEvent[] events) =>
        events.Select((e, i) => (e, i)).Aggregate(CallLogState.Empty, (s, p) => CallLogProjection.Evolve(s, "k1", p.i + 1, p.e));

    [Fact]
    public void The_Tasks_agent_is_the_one_who_had_the_call_when_it_connected_not_who_it_was_transferred_to()
    {
        var state = Fold(
            new InteractionDiscovered("1001", "Call", InteractionDirection.Inbound, "3175550100", "Pat Caller", "Sales", false, At, At),
            new InteractionAssigned("agent1", At), new InteractionAlerting("agent1", At), new InteractionConnected(At.AddSeconds(5)),
            new InteractionTransferred("agent1", new TransferTarget(TransferTargetKind.User, "agent2"), false, At.AddMinutes(1)),
            new InteractionUnassigned("agent1", At.AddMinutes(1)), new InteractionAssigned("agent2", At.AddMinutes(1)));

        Assert.Equal("agent1", CallLogProjection.Fields(state, new CallLogOptions()).AgentId);
    }

    [Fact]
    public void A_configured_map_wins_over_the_look_up_whatever_the_case_of_the_user_id()
    {
        var options = new TaskOwnerOptions { Map = new(StringComparer.OrdinalIgnoreCase) { ["Agent1"] = "005000000000001AAA" } };

        Assert.Equal("005000000000001AAA", TaskOwnerRules.Configured(options, "agent1"));
        Assert.Null(TaskOwnerRules.Configured(options, "agent2"));
    }

    [Theory]
    [InlineData("FederationIdentifier", null, "agent1", "SELECT Id FROM User WHERE FederationIdentifier = 'agent1' AND IsActive = true LIMIT 2")]
    [InlineData("Email", "example.com", "agent1", "SELECT Id FROM User WHERE Email = 'agent1@example.com' AND IsActive = true LIMIT 2")]
    [InlineData("Email", "example.com", "pat@corp.example", "SELECT Id FROM User WHERE Email = 'pat@corp.example' AND IsActive = true LIMIT 2")]
    [InlineData("FederationIdentifier", null, "o'brien\\x", "SELECT Id FROM User WHERE FederationIdentifier = 'o\\'brien\\\\x' AND IsActive = true LIMIT 2")]
    [InlineData("", null, "agent1", null)]
    [InlineData("Email OR Id", null, "agent1", null)]
    public void The_look_up_asks_for_the_active_user_whose_match_field_holds_the_CIC_user_id(string field, string? domain, string user, string? soql) =>
        Assert.Equal(soql, TaskOwnerRules.Query(new TaskOwnerOptions { MatchField = field, EmailDomain = domain }, user));

    [Fact]
    public void Only_a_single_match_owns_the_Task()
    {
        static JsonObject User(string id) => new() { ["Id"] = id };

        Assert.Equal("005A", TaskOwnerRules.OwnerOf([User("005A")]));
        Assert.Null(TaskOwnerRules.OwnerOf([User("005A"), User("005B")]));
        Assert.Null(TaskOwnerRules.OwnerOf([]));
    }
}
