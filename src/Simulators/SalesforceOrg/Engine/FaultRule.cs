namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>An armed fault: the next <paramref name="Count"/> data requests whose path contains <paramref name="PathContains"/>
/// (and whose method is <paramref name="Method"/>, when given) fail with <paramref name="Kind"/>, answered with
/// <paramref name="StatusCode"/> when given instead of the kind's usual status (e.g. a row lock as 500).</summary>
public sealed record FaultRule(FaultKind Kind, int Count = 1, string? PathContains = null, string? Method = null, string? Message = null, string[]? Fields = null,
    int? StatusCode = null);
