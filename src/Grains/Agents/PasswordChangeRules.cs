namespace PureConnect.Grains.Agents;

/// <summary>
/// What the Change Password dialog asks before CIC sees the request: every field filled, the new password typed twice
/// alike, and different from the old one. CIC's password policy (length, history...) is checked by CIC.
/// </summary>
public static class PasswordChangeRules
{
    public static CommandResult? Check(ChangePassword change)
    {
        if (string.IsNullOrEmpty(change.OldPassword) || string.IsNullOrEmpty(change.NewPassword))
        {
            return CommandResult.Fail("password.required", "Enter the old and the new password.");
        }

        if (!string.Equals(change.NewPassword, change.ConfirmPassword, StringComparison.Ordinal))
        {
            return CommandResult.Fail("password.mismatch", "The new password and its confirmation do not match.");
        }

        return string.Equals(change.OldPassword, change.NewPassword, StringComparison.Ordinal)
            ? CommandResult.Fail("password.unchanged", "The new password must differ from the old one.")
            : null;
    }
}
