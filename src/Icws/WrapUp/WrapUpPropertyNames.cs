namespace PureConnect.Icws;

/// <summary>
/// Where a workgroup's configuration object (<c>GET configuration/workgroups/{id}</c>) carries its wrap-up settings. The
/// reference (§9.1) documents the wrap-up code resource but not these properties, so their names are settings ([U]).
/// </summary>
public sealed class WrapUpPropertyNames
{
    /// <summary>A list of wrap-up code configuration ids.</summary>
    public string Codes { get; set; } = "wrapUpCodes";

    /// <summary>Seconds the agent has to pick a code.</summary>
    public string TimeLimit { get; set; } = "wrapUpClientTimeout";

    /// <summary>The configuration id of the code assigned when none is picked in time.</summary>
    public string AmbiguousCode { get; set; } = "ambiguousWrapUpCode";

    /// <summary>Used when the workgroup does not give a time limit.</summary>
    public TimeSpan DefaultTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Used when the workgroup does not name an ambiguous code.</summary>
    public string DefaultAmbiguousCode { get; set; } = "Ambiguous";
}
