using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.UnitTests;

public sealed class SoftphoneStatusesTests
{
    private static readonly AgentMe Agent = new("agent1", null, null, "Quiet", "Quiet hour", null, null, null, null, false, null, null);

    private static StatusItem Status(string id, string text) => new(id, text, null, false, false, false, false);

    [Fact]
    public void A_pushed_list_is_kept_and_renames_the_agents_current_status()
    {
        var view = SoftphoneView.Initial with { Agent = Agent };
        IReadOnlyList<StatusItem> pushed = [Status("Available", "Available"), Status("quiet", "Quiet time")];

        var next = view.WithStatuses(pushed);

        Assert.Same(pushed, next.Statuses);
        Assert.Equal("Quiet time", next.Agent!.StatusText);
    }

    [Fact]
    public void A_list_without_the_current_status_leaves_its_text_and_no_agent_is_no_problem()
    {
        var view = (SoftphoneView.Initial with { Agent = Agent }).WithStatuses([Status("Available", "Available")]);
        Assert.Same(Agent, view.Agent);

        Assert.Null(SoftphoneView.Initial.WithStatuses([Status("Available", "Available")]).Agent);
    }

    [Fact]
    public void The_state_applies_a_statuses_event()
    {
        var state = new SoftphoneState();
        state.Apply(new ServerSentEvent("statuses",
            """[{"statusId":"Available","messageText":"Available","iconUri":null,"isForwardStatus":false,"canHaveDate":false,"canHaveTime":false,"isFavorite":true}]"""));

        Assert.True(Assert.Single(state.View.Statuses!).IsFavorite);
    }
}
