namespace PureConnect.AgentUi.AgentApi;

/// <summary>The AgentApi endpoints the softphone uses, one method per call of docs/agent-api.md.</summary>
public static class AgentApiCalls
{
    public static Task<ApiResult<LoginOptions>> GetLoginOptionsAsync(this AgentApiClient api) =>
        api.SendAsync<LoginOptions>(HttpMethod.Get, "/api/login/options");

    public static Task<ApiResult<LoginStepResult>> LogInAsync(this AgentApiClient api, LoginRequest request) =>
        api.SendAsync<LoginStepResult>(HttpMethod.Post, "/api/login", request);

    public static Task<ApiResult<LoginStepResult>> AnswerAgreementAsync(this AgentApiClient api, bool accept) =>
        api.SendAsync<LoginStepResult>(HttpMethod.Post, "/api/login/agreement", new AgreementRequest(accept));

    public static Task<ApiResult<LoginStepResult>> ChangePasswordAsync(this AgentApiClient api, PasswordRequest request) =>
        api.SendAsync<LoginStepResult>(HttpMethod.Post, "/api/login/password", request);

    public static Task<ApiResult<LoginStepResult>> SelectStationAsync(this AgentApiClient api, StationRequest request) =>
        api.SendAsync<LoginStepResult>(HttpMethod.Post, "/api/login/station", request);

    public static Task<ApiResult<SessionInfo>> GetSessionAsync(this AgentApiClient api) =>
        api.SendAsync<SessionInfo>(HttpMethod.Get, "/api/session");

    public static Task<ApiResult<object>> LogOutAsync(this AgentApiClient api) =>
        api.SendAsync<object>(HttpMethod.Delete, "/api/session");

    public static Task<ApiResult<IReadOnlyList<StatusItem>>> GetStatusesAsync(this AgentApiClient api, CancellationToken cancellationToken = default) =>
        api.SendAsync<IReadOnlyList<StatusItem>>(HttpMethod.Get, "/api/statuses", cancellationToken: cancellationToken);

    public static Task<ApiResult<object>> ChangeStatusAsync(this AgentApiClient api, StatusChange change) =>
        api.SendAsync<object>(HttpMethod.Put, "/api/me/status", change);

    public static Task<ApiResult<object>> SaveFavoritesAsync(this AgentApiClient api, IReadOnlyList<string> statusIds) =>
        api.SendAsync<object>(HttpMethod.Put, "/api/me/favorites", new FavoritesChange(statusIds));

    /// <summary><paramref name="action"/>: pickup, hold, unhold, mute, unmute or disconnect.</summary>
    public static Task<ApiResult<object>> ControlAsync(this AgentApiClient api, string interactionKey, string action) =>
        api.SendAsync<object>(HttpMethod.Post, $"/api/me/interactions/{Uri.EscapeDataString(interactionKey)}/{action}");

    public static Task<ApiResult<object>> AssignWrapUpAsync(this AgentApiClient api, string interactionKey, string code) =>
        api.SendAsync<object>(HttpMethod.Post, $"/api/me/interactions/{Uri.EscapeDataString(interactionKey)}/wrap-up", new WrapUpRequest(code));

    public static Task<ApiResult<InteractionItem>> SaveCallLogAsync(this AgentApiClient api, string interactionKey, CallLogChange change) =>
        api.SendAsync<InteractionItem>(HttpMethod.Put, $"/api/me/interactions/{Uri.EscapeDataString(interactionKey)}/call-log", change);

    public static Task<ApiResult<CallPlaced>> MakeCallAsync(this AgentApiClient api, string number) =>
        api.SendAsync<CallPlaced>(HttpMethod.Post, "/api/me/calls", new MakeCallRequest(number));
}
