using PureConnect.Grains.Agents;
using PureConnect.Icws;

namespace PureConnect.Grains.UnitTests.Agents;

public sealed class StatusChangeRulesTests
{
    private static StatusMessage Status(string id, bool selectable = true, bool forward = false, bool date = false, bool time = false) =>
        new(id, id, null, null, date, time, false, selectable, false, forward, false, true, false, null);

    private static readonly IReadOnlyList<StatusMessage> Statuses =
    [
        Status("Available"),
        Status("Available, Forward", forward: true),
        Status("In a Meeting", date: true, time: true),
        Status("ACD - Agent Not Answering", selectable: false),
    ];

    [Fact]
    public void A_forward_status_without_a_forward_number_is_rejected_with_a_clear_message()
    {
        var (accepted, rejected) = StatusChangeRules.Check(new ChangeStatus("Available, Forward"), Statuses);

        Assert.Null(accepted);
        Assert.Equal("status.forwardNumberRequired", rejected!.ErrorCode);
        Assert.Contains("forward number", rejected.Message);
    }

    [Fact]
    public void A_forward_status_with_a_number_is_accepted()
    {
        var (accepted, _) = StatusChangeRules.Check(new ChangeStatus("available, forward", ForwardNumber: " 317-555-0100 "), Statuses);

        Assert.Equal(new ChangeStatus("Available, Forward", null, "317-555-0100", null), accepted);
    }

    [Theory]
    [InlineData("Lunch at the beach", "status.unknown")]
    [InlineData("ACD - Agent Not Answering", "status.notSelectable")]
    public void Unknown_and_unselectable_statuses_are_rejected(string statusId, string errorCode)
    {
        var (_, rejected) = StatusChangeRules.Check(new ChangeStatus(statusId), Statuses);

        Assert.Equal(errorCode, rejected!.ErrorCode);
    }

    [Fact]
    public void Until_and_forward_number_are_dropped_where_the_status_does_not_allow_them()
    {
        var until = new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

        var (plain, _) = StatusChangeRules.Check(new ChangeStatus("Available", "n", "3175550100", until), Statuses);
        var (meeting, _) = StatusChangeRules.Check(new ChangeStatus("In a Meeting", Until: until), Statuses);

        Assert.Equal(new ChangeStatus("Available", "n", null, null), plain);
        Assert.Equal(until, meeting!.Until);
    }

    [Theory]
    [InlineData("3175550100", true)]
    [InlineData("+1 (317) 555-0100", true)]
    [InlineData("12", false)]
    [InlineData("317-555-CALL", false)]
    [InlineData("1+2345", false)]
    [InlineData("", false)]
    public void Dialable_numbers(string number, bool dialable) => Assert.Equal(dialable, DialRules.IsDialable(number));
}
