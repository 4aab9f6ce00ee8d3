using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Session;

/// <summary>What the station step offers this agent (from the login answer), kept for the station page.</summary>
public sealed record StationChoices(IReadOnlyList<string> Stations, bool CanUseRemoteStations, StationInfo? Remembered)
{
    public static StationChoices None { get; } = new([], false, null);

    public static StationChoices From(LoginStepResult step) => new(step.Stations ?? [], step.CanUseRemoteStations ?? false, step.RememberedStation);
}
