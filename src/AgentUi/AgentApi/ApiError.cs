namespace PureConnect.AgentUi.AgentApi;

/// <summary>
/// An error as AgentApi reports it (<c>{ code, message, step?, csrfToken? }</c>), or one AgentUi makes for a failed call.
/// A login step's error names the step the agent is still at, and may carry a new CSRF token.
/// </summary>
public sealed record ApiError(string Code, string? Message, string? Step = null, string? CsrfToken = null)
{
    /// <summary>Code used when AgentApi could not be reached.</summary>
    public const string UnreachableCode = "api.unreachable";

    /// <summary>Code used when the agent's session is gone (401).</summary>
    public const string UnauthorizedCode = "session.expired";
}
