namespace PureConnect.AgentUi.AgentApi;

/// <summary>The Response Management endpoints (docs/agent-api.md, "Response Management").</summary>
public static class ResponseApiCalls
{
    private const string Root = "/api/me/responses";

    public static Task<ApiResult<ResponseTree>> GetResponsesAsync(this AgentApiClient api) =>
        api.SendAsync<ResponseTree>(HttpMethod.Get, Root);

    public static Task<ApiResult<ResponseSearchResult>> SearchResponsesAsync(this AgentApiClient api, string query) =>
        api.SendAsync<ResponseSearchResult>(HttpMethod.Get, $"{Root}/search?q={Uri.EscapeDataString(query)}");

    public static Task<ApiResult<ExpandedResponse>> ExpandResponseAsync(this AgentApiClient api, ExpandResponseRequest request) =>
        api.SendAsync<ExpandedResponse>(HttpMethod.Post, $"{Root}/expand", request);

    public static Task<ApiResult<CreatedId>> CreatePersonalResponseAsync(this AgentApiClient api, PersonalResponseRequest request) =>
        api.SendAsync<CreatedId>(HttpMethod.Post, $"{Root}/personal/items", request);

    public static Task<ApiResult<CreatedId>> UpdatePersonalResponseAsync(this AgentApiClient api, string id, PersonalResponseRequest request) =>
        api.SendAsync<CreatedId>(HttpMethod.Put, $"{Root}/personal/items/{Uri.EscapeDataString(id)}", request);

    public static Task<ApiResult<CreatedId>> CreatePersonalCategoryAsync(this AgentApiClient api, PersonalCategoryRequest request) =>
        api.SendAsync<CreatedId>(HttpMethod.Post, $"{Root}/personal/categories", request);

    public static Task<ApiResult<CreatedId>> RenamePersonalCategoryAsync(this AgentApiClient api, string id, string name) =>
        api.SendAsync<CreatedId>(HttpMethod.Put, $"{Root}/personal/categories/{Uri.EscapeDataString(id)}", new PersonalCategoryRequest(name));

    public static Task<ApiResult<CreatedId>> MovePersonalAsync(this AgentApiClient api, string id, string? categoryId) =>
        api.SendAsync<CreatedId>(HttpMethod.Post, $"{Root}/personal/{Uri.EscapeDataString(id)}/move", new MovePersonalResponseRequest(categoryId));

    public static Task<ApiResult<CreatedId>> DeletePersonalAsync(this AgentApiClient api, string id) =>
        api.SendAsync<CreatedId>(HttpMethod.Delete, $"{Root}/personal/{Uri.EscapeDataString(id)}");
}
