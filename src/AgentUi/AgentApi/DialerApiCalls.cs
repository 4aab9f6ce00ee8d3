namespace PureConnect.AgentUi.AgentApi;

/// <summary>The Interaction Dialer endpoints of docs/agent-api.md; each answers the agent's Dialer after the request.</summary>
public static class DialerApiCalls
{
    public static Task<ApiResult<DialerInfo>> DialerLogInAsync(this AgentApiClient api, DialerLogInRequest request) =>
        api.SendAsync<DialerInfo>(HttpMethod.Post, "/api/dialer/login", request);

    public static Task<ApiResult<DialerInfo>> DialerLogOffAsync(this AgentApiClient api, DialerLogOffRequest request) =>
        api.SendAsync<DialerInfo>(HttpMethod.Post, "/api/dialer/logoff", request);

    public static Task<ApiResult<DialerInfo>> DialerReadyAsync(this AgentApiClient api) =>
        api.SendAsync<DialerInfo>(HttpMethod.Post, "/api/dialer/ready", new { });

    public static Task<ApiResult<DialerInfo>> DialerRequestBreakAsync(this AgentApiClient api) =>
        api.SendAsync<DialerInfo>(HttpMethod.Post, "/api/dialer/break", new { });

    public static Task<ApiResult<DialerInfo>> DialerEndBreakAsync(this AgentApiClient api) =>
        api.SendAsync<DialerInfo>(HttpMethod.Delete, "/api/dialer/break");

    public static Task<ApiResult<DialerInfo>> DialerDispositionAsync(this AgentApiClient api, DialerDispositionRequest request) =>
        api.SendAsync<DialerInfo>(HttpMethod.Post, "/api/dialer/disposition", request);

    public static Task<ApiResult<DialerInfo>> DialerPlacePreviewAsync(this AgentApiClient api) =>
        api.SendAsync<DialerInfo>(HttpMethod.Post, "/api/dialer/preview/place", new { });

    public static Task<ApiResult<DialerInfo>> DialerSkipPreviewAsync(this AgentApiClient api) =>
        api.SendAsync<DialerInfo>(HttpMethod.Post, "/api/dialer/preview/skip", new { });
}
