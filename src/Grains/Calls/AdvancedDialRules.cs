using PureConnect.Grains.Agents;

namespace PureConnect.Grains.Calls;

/// <summary>
/// Make a call with Advanced Dial (spec: "Make a call"): "If Account Codes are enabled in Interaction Administrator and the
/// Advanced Dial options are open, an account code is required"; "Only the names of the ACD workgroups in which you are
/// currently active display. Leave this blank for calls not made on behalf of a workgroup." With the section closed, neither
/// counts. Whether the section is open is remembered for the agent.
/// </summary>
public static class AdvancedDialRules
{
    public static (DialRequest? Accepted, CommandResult? Rejected) Check(DialNumber command, AdvancedDialSettings settings)
    {
        var number = command.Number.Trim();
        if (!DialRules.IsDialable(number))
        {
            return (null, CommandResult.Fail("dial.invalidNumber", $"'{number}' is not a number that can be dialed."));
        }

        if (!command.AdvancedOpen)
        {
            return (new DialRequest(number, null, null), null);
        }

        string? accountCode = null;
        if (settings.AccountCodesEnabled)
        {
            if (string.IsNullOrWhiteSpace(command.AccountCode))
            {
                return (null, CommandResult.Fail("dial.accountCodeRequired", "Select an account code for this call."));
            }

            accountCode = Find(settings.AccountCodes, command.AccountCode);
            if (accountCode is null)
            {
                return (null, CommandResult.Fail("dial.unknownAccountCode", $"'{command.AccountCode.Trim()}' is not one of your account codes."));
            }
        }

        if (string.IsNullOrWhiteSpace(command.Workgroup))
        {
            return (new DialRequest(number, accountCode, null), null);
        }

        var workgroup = Find(settings.ActiveWorkgroups, command.Workgroup);
        return workgroup is null
            ? (null, CommandResult.Fail("dial.workgroupNotActive", $"You are not active in the workgroup '{command.Workgroup.Trim()}'."))
            : (new DialRequest(number, accountCode, workgroup), null);
    }

    /// <summary>The agent opened or closed the section; nothing to remember when it is already so.</summary>
    public static IReadOnlyList<AgentEvent> Remember(bool open, bool nowOpen, DateTimeOffset now) =>
        open == nowOpen ? [] : [new AdvancedDialSectionToggled(nowOpen, now)];

    /// <summary>Whether the section is open, folded from the agent's events.</summary>
    public static bool Evolve(bool open, AgentEvent @event) => @event is AdvancedDialSectionToggled e ? e.Open : open;

    private static string? Find(IReadOnlyList<string> names, string typed) =>
        names.FirstOrDefault(n => string.Equals(n, typed.Trim(), StringComparison.OrdinalIgnoreCase));
}
