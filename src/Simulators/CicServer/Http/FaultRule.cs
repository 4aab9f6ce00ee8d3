namespace PureConnect.Simulators.CicServer.Http;

/// <summary>
/// Body of <c>POST /control/faults</c>: the next <see cref="Count"/> ICWS requests whose path contains
/// <see cref="PathContains"/> wait <see cref="DelayMs"/>, then answer <see cref="StatusCode"/> with an error
/// body (status code 0: they are served normally after the delay).
/// </summary>
public sealed record FaultRule(int StatusCode, int Count, string? PathContains = null, int DelayMs = 0);
