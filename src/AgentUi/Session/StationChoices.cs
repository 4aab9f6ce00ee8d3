using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Session;

/// <summary>What the station step offers this agent (from the login answer), kept for the station page.</summary>
public sealed record StationChoices(IReadOnlyList<string> Stations, bool CanUseRemoteStations, StationInfo? Remembered, string? DefaultWorkstationId = null)
{
    public static StationChoices None { get; } = new([], false, null);

    public static StationChoices From(LoginStepResult step) =>
        new(step.Stations ?? [], step.CanUseRemoteStations ?? false, step.RememberedStation, step.DefaultWorkstationId);

    /// <summary>
    /// The station the page starts with: the remembered one, else the agent's default workstation in CIC, else none.
    /// </summary>
    public StationInfo? Preselected =>
        Remembered ?? (string.IsNullOrWhiteSpace(DefaultWorkstationId) ? null : new StationInfo(StationKinds.Workstation, DefaultWorkstationId, null, false));
}
