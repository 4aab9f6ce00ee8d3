namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>An armed fault: the next <paramref name="Count"/> data requests whose path contains <paramref name="PathContains"/>
/// (and whose method is <paramref name="Method"/>, when given) fail with <paramref name="Kind"/>.</summary>
public sealed record FaultRule(FaultKind Kind, int Count = 1, string? PathContains = null, string? Method = null, string? Message = null, string[]? Fields = null);
