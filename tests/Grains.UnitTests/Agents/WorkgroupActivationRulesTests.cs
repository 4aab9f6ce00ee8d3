using PureConnect.Grains.Agents;

namespace PureConnect.Grains.UnitTests.Agents;

public sealed class WorkgroupActivationRulesTests
{
    private static readonly WorkgroupActivationView[] Memberships = [new("Sales", true), new("Support", false)];

    [Theory]
    [InlineData("Sales")]
    [InlineData("support")]
    public void A_workgroup_the_agent_belongs_to_may_change_whatever_its_case(string workgroup)
    {
        Assert.Null(WorkgroupActivationRules.Check(workgroup, Memberships));
        Assert.Contains(WorkgroupActivationRules.Canonical(workgroup, Memberships), new[] { "Sales", "Support" });
    }

    [Fact]
    public void A_workgroup_the_agent_does_not_belong_to_is_refused_before_CIC_is_asked() =>
        Assert.Equal("workgroup.notMember", WorkgroupActivationRules.Check("Billing", Memberships)!.ErrorCode);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Sales\0")]
    [InlineData("Sa\nles")]
    public void A_missing_or_malformed_name_is_bad_input(string? workgroup) =>
        Assert.Equal("workgroup.invalid", WorkgroupActivationRules.Check(workgroup, Memberships)!.ErrorCode);

    [Fact]
    public void A_name_longer_than_any_workgroup_is_bad_input() =>
        Assert.Equal("workgroup.invalid", WorkgroupActivationRules.Check(new string('x', WorkgroupActivationRules.MaxNameLength + 1), Memberships)!.ErrorCode);
}
