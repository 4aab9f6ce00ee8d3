namespace PureConnect.AgentApi.Contracts;

// Bodies and answers of the login steps (docs/agent-api.md, "Login"). Deliberately grouped: they form one flow.

/// <summary>What the login page needs before anyone logs in, and the CSRF token for the first POST.</summary>
public sealed record LoginOptionsResponse(bool ServerConfigured, string? ServerName, bool UserAgreementRequired, string? UserAgreementText, string CsrfToken);

public sealed record LoginRequest(string UserId, string Password, string? ServerName = null);

public sealed record AgreementRequest(bool Accept);

public sealed record PasswordRequest(string OldPassword, string NewPassword, string ConfirmPassword);

public sealed record StationRequest(string Kind, string? StationId = null, string? RemoteNumber = null, bool? Persistent = null, bool? Remember = null);

public sealed record StationResponse(string Kind, string? StationId, string? RemoteNumber, bool Persistent);

/// <summary>The answer of every login step: the step the agent is at now, and what that step shows.</summary>
public sealed record LoginStepResponse(
    string Step,
    string? CsrfToken,
    string? DisplayName = null,
    string? AgreementText = null,
    IReadOnlyList<string>? Stations = null,
    bool? CanUseRemoteStations = null,
    StationResponse? RememberedStation = null,
    StationResponse? Station = null,
    string? DefaultWorkstationId = null);

public sealed record SessionResponse(string UserId, string? DisplayName, string Step, string CsrfToken);

/// <summary>Every error: a stable code, a sentence for people, and (for login steps) the step the agent is still at.</summary>
public sealed record ErrorResponse(string Code, string Message, string? Step = null, string? CsrfToken = null);
