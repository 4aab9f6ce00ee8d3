namespace PureConnect.Grains.Agents;

/// <summary>
/// Spec, "Change your workgroup activation status": an agent changes the activation of workgroups they are a member of (and
/// CIC checks the "Activate self" right). The name is judged before anything goes to CIC.
/// </summary>
public static class WorkgroupActivationRules
{
    public const int MaxNameLength = 256;

    /// <summary>Null when the change may go to CIC; else the refusal.</summary>
    public static CommandResult? Check(string? workgroup, IReadOnlyList<WorkgroupActivationView> memberships)
    {
        if (string.IsNullOrWhiteSpace(workgroup) || workgroup.Length > MaxNameLength || workgroup.Any(char.IsControl))
        {
            return CommandResult.Fail("workgroup.invalid", $"Name a workgroup (at most {MaxNameLength} characters, no control characters).");
        }

        return memberships.Any(m => string.Equals(m.Workgroup, workgroup, StringComparison.OrdinalIgnoreCase))
            ? null
            : CommandResult.Fail("workgroup.notMember", $"You are not a member of the workgroup {workgroup}.");
    }

    /// <summary>The workgroup's name as CIC spells it.</summary>
    public static string Canonical(string workgroup, IReadOnlyList<WorkgroupActivationView> memberships) =>
        memberships.First(m => string.Equals(m.Workgroup, workgroup, StringComparison.OrdinalIgnoreCase)).Workgroup;
}
