namespace PureConnect.AgentUi.AgentApi;

/// <summary>The Workgroup Queues endpoints (docs/agent-api.md, "Workgroup queues").</summary>
public static class WorkgroupQueueApiCalls
{
    private const string Root = "/api/me/workgroup-queues";

    public static Task<ApiResult<WorkgroupQueueList>> GetQueueWorkgroupsAsync(this AgentApiClient api) =>
        api.SendAsync<WorkgroupQueueList>(HttpMethod.Get, Root);

    /// <summary><paramref name="query"/>: the query string of <see cref="Softphone.WorkgroupQueueFilter.ToQuery"/>.</summary>
    public static Task<ApiResult<WorkgroupQueue>> GetWorkgroupQueueAsync(this AgentApiClient api, string workgroup, string query) =>
        api.SendAsync<WorkgroupQueue>(HttpMethod.Get, $"{Root}/{Uri.EscapeDataString(workgroup)}{query}");

    public static Task<ApiResult<object>> PickupFromWorkgroupQueueAsync(this AgentApiClient api, string workgroup, string interactionId) =>
        api.SendAsync<object>(HttpMethod.Post, $"{Root}/{Uri.EscapeDataString(workgroup)}/interactions/{Uri.EscapeDataString(interactionId)}/pickup");
}
