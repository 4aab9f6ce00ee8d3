namespace PureConnect.AgentUi.Softphone;

/// <summary>Spec, "Call history": all calls, or only missed, outgoing, answered or forwarded ones.</summary>
public static class CallHistoryRules
{
    public const string All = "all";

    public static IReadOnlyList<string> Filters { get; } = [All, "missed", "outgoing", "answered", "forwarded"];
}
