namespace PureConnect.AgentUi.AgentApi;

// The login flow's wire contracts (docs/agent-api.md, "Login").

/// <summary><c>GET /api/login/options</c>, with the CSRF token of the first POST.</summary>
public sealed record LoginOptions(bool ServerConfigured, string? ServerName, bool UserAgreementRequired, string? UserAgreementText, string? CsrfToken);

/// <summary><c>POST /api/login</c>.</summary>
public sealed record LoginRequest(string UserId, string Password, string? ServerName);

/// <summary><c>POST /api/login/agreement</c>.</summary>
public sealed record AgreementRequest(bool Accept);

/// <summary><c>POST /api/login/password</c>.</summary>
public sealed record PasswordRequest(string OldPassword, string NewPassword, string ConfirmPassword);

/// <summary><c>POST /api/login/station</c>; <see cref="Kind"/> is a <see cref="StationKinds"/> value.</summary>
public sealed record StationRequest(string Kind, string? StationId, string? RemoteNumber, bool? Persistent, bool? Remember);

/// <summary>The answer of every login step: where the flow goes next, with what that step needs.</summary>
public sealed record LoginStepResult(
    string Step,
    string? CsrfToken,
    string? DisplayName,
    string? AgreementText,
    IReadOnlyList<string>? Stations,
    bool? CanUseRemoteStations,
    StationInfo? RememberedStation,
    StationInfo? Station,
    string? DefaultWorkstationId = null);

/// <summary><c>GET /api/session</c>.</summary>
public sealed record SessionInfo(string UserId, string? DisplayName, string Step, string? CsrfToken);

/// <summary>The names of the login steps.</summary>
public static class LoginSteps
{
    public const string Agreement = "agreement";
    public const string ChangePassword = "changePassword";
    public const string Station = "station";
    public const string Ready = "ready";
    public const string LoggedOut = "loggedOut";
}

/// <summary>The kinds of station (spec: "Log in", step 4).</summary>
public static class StationKinds
{
    public const string Workstation = "Workstation";
    public const string RemoteWorkstation = "RemoteWorkstation";
    public const string RemoteNumber = "RemoteNumber";
}
