using PureConnect.Grains.Agents;

namespace PureConnect.Grains.UnitTests.Agents;

public sealed class PasswordChangeRulesTests
{
    [Theory]
    [InlineData("", "new", "new", "password.required")]
    [InlineData("old", "", "", "password.required")]
    [InlineData("old", "new", "neW", "password.mismatch")]
    [InlineData("same", "same", "same", "password.unchanged")]
    public void A_change_the_dialog_would_refuse_never_reaches_CIC(string oldPassword, string newPassword, string confirm, string code) =>
        Assert.Equal(code, PasswordChangeRules.Check(new ChangePassword(oldPassword, newPassword, confirm))?.ErrorCode);

    [Fact]
    public void A_new_password_typed_twice_alike_goes_to_CIC()
    {
        Assert.Null(PasswordChangeRules.Check(new ChangePassword("old", "new-one", "new-one")));
        Assert.DoesNotContain("new-one", new ChangePassword("old", "new-one", "new-one").ToString(), StringComparison.Ordinal);
    }
}
