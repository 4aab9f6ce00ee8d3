using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>Spec, "Make a call": with Account Codes enabled and the Advanced Dial options open, an account code is required; the workgroup is
/// optional (only the ones the agent is active in are offered).</summary>
public static class AdvancedDialRules
{
    public const string AccountCodeRequired = "dial.accountCodeRequired";

    public static bool RequiresAccountCode(AdvancedDialInfo? options, bool open) => open && options?.AccountCodesEnabled == true;

    /// <summary>The request for a typed number: the section's choices only while it is open; <c>advancedOpen</c> always, so it is remembered.</summary>
    public static MakeCallRequest Request(string number, bool open, string? accountCode, string? workgroup) =>
        new(number.Trim(), open, open ? Blank(accountCode) : null, open ? Blank(workgroup) : null);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
