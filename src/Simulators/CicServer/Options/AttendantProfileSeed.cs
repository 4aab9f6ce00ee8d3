namespace PureConnect.Simulators.CicServer.Options;

/// <summary>An Interaction Attendant profile a call can be blind-transferred to.</summary>
public sealed class AttendantProfileSeed
{
    public string Name { get; set; } = "";

    /// <summary>Whether the profile is configured to accept transferred calls ("transfer allowed" in Interaction Attendant).</summary>
    public bool AllowTransfer { get; set; } = true;

    /// <summary>Workgroup the profile routes a caller to; null keeps the caller in the attendant menu (state S).</summary>
    public string? Workgroup { get; set; }
}
