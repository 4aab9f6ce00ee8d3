using PureConnect.Grains.Agents;
using PureConnect.Grains.Calls;

namespace PureConnect.Grains.UnitTests.Calls;

/// <summary>Given these Advanced Dial settings, when the agent dials, then this dial request or this refusal.</summary>
public sealed class AdvancedDialRulesTests
{
    private static readonly DateTimeOffset At = TestCalls.At;
    private static readonly AdvancedDialSettings Settings = new(AccountCodesEnabled: true, ["1000 Billing", "9999 Personal"], ["Sales", "Support"]);

    [Fact]
    public void With_the_section_closed_only_the_number_counts()
    {
        var (accepted, rejected) = AdvancedDialRules.Check(new DialNumber(" 317-555-0100 ", AdvancedOpen: false, "bogus", "Marketing"), Settings);

        Assert.Null(rejected);
        Assert.Equal(new DialRequest("317-555-0100", null, null), accepted);
    }

    [Fact]
    public void With_account_codes_enabled_and_the_section_open_an_account_code_is_required()
    {
        var (accepted, rejected) = AdvancedDialRules.Check(new DialNumber("3175550100", AdvancedOpen: true), Settings);

        Assert.Null(accepted);
        Assert.Equal("dial.accountCodeRequired", rejected?.ErrorCode);
    }

    [Fact]
    public void The_account_code_must_be_one_granted_to_the_agent()
    {
        var (accepted, _) = AdvancedDialRules.Check(new DialNumber("3175550100", true, "9999 personal"), Settings);
        var (_, rejected) = AdvancedDialRules.Check(new DialNumber("3175550100", true, "1234 Unknown"), Settings);

        Assert.Equal(new DialRequest("3175550100", "9999 Personal", null), accepted);
        Assert.Equal("dial.unknownAccountCode", rejected?.ErrorCode);
    }

    [Fact]
    public void Without_account_codes_enabled_none_is_needed_and_none_is_sent()
    {
        var (accepted, _) = AdvancedDialRules.Check(new DialNumber("3175550100", true, "9999 Personal", "Sales"), Settings with { AccountCodesEnabled = false });

        Assert.Equal(new DialRequest("3175550100", null, "Sales"), accepted);
    }

    [Theory]
    [InlineData("support", "Support", null)]
    [InlineData("", null, null)]
    [InlineData("Marketing", null, "dial.workgroupNotActive")]
    public void The_workgroup_is_one_the_agent_is_active_in_or_left_blank(string workgroup, string? expected, string? errorCode)
    {
        var (accepted, rejected) = AdvancedDialRules.Check(new DialNumber("3175550100", true, "1000 Billing", workgroup), Settings);

        Assert.Equal(errorCode, rejected?.ErrorCode);
        Assert.Equal(expected, accepted?.Workgroup);
    }

    [Theory]
    [InlineData("")]
    [InlineData("call bob")]
    [InlineData("12")]
    public void A_number_that_cannot_be_dialed_is_refused(string number)
    {
        Assert.Equal("dial.invalidNumber", AdvancedDialRules.Check(new DialNumber(number, false), Settings).Rejected?.ErrorCode);
    }

    [Fact]
    public void Opening_or_closing_the_section_is_remembered_for_the_agent()
    {
        var opened = AdvancedDialRules.Remember(open: false, nowOpen: true, At);
        var open = opened.Aggregate(false, AdvancedDialRules.Evolve);

        Assert.Equal(new AdvancedDialSectionToggled(true, At), Assert.Single(opened));
        Assert.True(open);
        Assert.Empty(AdvancedDialRules.Remember(open, nowOpen: true, At));
        Assert.False(AdvancedDialRules.Remember(open, nowOpen: false, At).Aggregate(open, AdvancedDialRules.Evolve));
        Assert.True(AdvancedDialRules.Evolve(true, new AgentPasswordChanged(At)));
    }
}
