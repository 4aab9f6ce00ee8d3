namespace PureConnect.Grains.Agents;

/// <summary>
/// The answer to every login step: the step the agent is at now and what that step shows. <see cref="Error"/> is set
/// when the last request failed (the step then says where the agent still is).
/// </summary>
/// <param name="Step">The step the agent is at.</param>
/// <param name="Error">Why the last request failed; null when it succeeded.</param>
/// <param name="DisplayName">The agent's name as CIC knows it, once logged in to CIC.</param>
/// <param name="AgreementText">The user agreement, at <see cref="LoginStep.Agreement"/>.</param>
/// <param name="Stations">The configured workstations, at <see cref="LoginStep.Station"/> (empty when CIC does not list them).</param>
/// <param name="CanUseRemoteStations">Whether the agent may pick a remote workstation or a remote number.</param>
/// <param name="RememberedStation">The station remembered from an earlier login, if any.</param>
/// <param name="Station">The connected station, at <see cref="LoginStep.Ready"/>.</param>
/// <param name="DefaultWorkstationId">The agent's default workstation as CIC said at login (<c>defaultWorkstationId</c>), if any.</param>
[GenerateSerializer, Immutable, Alias("PureConnect.LoginProgress")]
public sealed record LoginProgress(
    LoginStep Step,
    CommandResult? Error,
    string? DisplayName,
    string? AgreementText,
    IReadOnlyList<string> Stations,
    bool CanUseRemoteStations,
    StationSelection? RememberedStation,
    StationSelection? Station,
    string? DefaultWorkstationId = null)
{
    public bool Succeeded => Error is null;

    public static LoginProgress At(LoginStep step) => new(step, null, null, null, [], false, null, null);

    public LoginProgress Failed(CommandResult error) => this with { Error = error };
}
