namespace PureConnect.Simulators.CicServer.Options;

/// <summary>
/// Where a workgroup's wrap-up settings appear in its configuration object. The reference (§9.1) documents the
/// wrap-up code resource but not how a workgroup lists its codes and time limit, so the names are configurable ([U]).
/// </summary>
public sealed class WrapUpPropertyNames
{
    public string Codes { get; set; } = "wrapUpCodes";

    /// <summary>Seconds the agent has to pick a code.</summary>
    public string TimeLimit { get; set; } = "wrapUpClientTimeout";

    public string AmbiguousCode { get; set; } = "ambiguousWrapUpCode";
}
