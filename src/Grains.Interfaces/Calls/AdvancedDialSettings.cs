namespace PureConnect.Grains.Calls;

/// <summary>What Interaction Administrator configures for an agent's Advanced Dial: whether account codes are enabled,
/// the codes granted to the agent, and the ACD workgroups the agent is currently active in.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AdvancedDialSettings")]
public sealed record AdvancedDialSettings(bool AccountCodesEnabled, IReadOnlyList<string> AccountCodes, IReadOnlyList<string> ActiveWorkgroups);
