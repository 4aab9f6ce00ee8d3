namespace PureConnect.Grains.Agents;

/// <summary>
/// The order of the login steps (spec: "Log in to PureConnect for Salesforce", "Log in to a secure system", "Change your
/// password"): credentials open the session; a configured user agreement must be accepted; an expired password must be
/// changed; then a station is chosen, unless one is already connected. Pure.
/// </summary>
public static class LoginFlow
{
    public static LoginStep Next(bool sessionOpen, bool agreementPending, bool passwordExpired, bool stationConnected) =>
        !sessionOpen ? LoginStep.LoggedOut
        : agreementPending ? LoginStep.Agreement
        : passwordExpired ? LoginStep.ChangePassword
        : stationConnected ? LoginStep.Ready
        : LoginStep.Station;

    /// <summary>Null when a request for one of <paramref name="allowed"/> may run at <paramref name="current"/>; the refusal otherwise.</summary>
    public static CommandResult? Expect(LoginStep current, params LoginStep[] allowed) =>
        allowed.Contains(current)
            ? null
            : CommandResult.Fail("login.wrongStep", current == LoginStep.LoggedOut
                ? "You are not logged in to CIC; log in first."
                : $"That is not the current login step (the current step is {current}).");

    /// <summary>
    /// The station to try without asking, in order: the remembered one, else the workstation the agent is already on
    /// through another CIC client (spec: "If you are already logged in to a station, this step doesn't display").
    /// </summary>
    public static StationSelection? AutomaticStation(StationSelection? remembered, bool cicLoggedIn, IReadOnlyList<string> observedStations) =>
        remembered ?? (cicLoggedIn && observedStations.Count > 0 && !string.IsNullOrWhiteSpace(observedStations[0])
            ? StationSelection.Workstation(observedStations[0])
            : null);
}
