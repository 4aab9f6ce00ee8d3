namespace PureConnect.AgentUi.AgentApi;

/// <summary>The agent's voicemail box (docs/agent-api.md, "Voicemail").</summary>
public sealed record VoicemailBox(int Waiting, IReadOnlyList<VoicemailEntry> Messages);

public sealed record VoicemailEntry(string Id, bool Read, DateTimeOffset? ReceivedAt, string From, string Subject, double? DurationSeconds, bool HasFile);

public sealed record VoicemailCount(int Waiting);

public sealed record VoicemailPlayRequest(string? Number);

public sealed record VoicemailMarkRequest(bool Read);

public static class VoicemailApiCalls
{
    private const string Root = "/api/me/voicemail";

    public static Task<ApiResult<VoicemailBox>> GetVoicemailAsync(this AgentApiClient api) => api.SendAsync<VoicemailBox>(HttpMethod.Get, Root);

    public static Task<ApiResult<VoicemailCount>> GetVoicemailCountAsync(this AgentApiClient api) => api.SendAsync<VoicemailCount>(HttpMethod.Get, $"{Root}/count");

    /// <summary>To the agent's station (<paramref name="number"/> null) or to a number.</summary>
    public static Task<ApiResult<object>> PlayVoicemailAsync(this AgentApiClient api, string id, string? number) =>
        api.SendAsync<object>(HttpMethod.Post, $"{Root}/{Uri.EscapeDataString(id)}/play", new VoicemailPlayRequest(number));

    public static Task<ApiResult<object>> StopVoicemailAsync(this AgentApiClient api, string id) =>
        api.SendAsync<object>(HttpMethod.Post, $"{Root}/{Uri.EscapeDataString(id)}/stop");

    public static Task<ApiResult<object>> MarkVoicemailAsync(this AgentApiClient api, string id, bool read) =>
        api.SendAsync<object>(HttpMethod.Put, $"{Root}/{Uri.EscapeDataString(id)}", new VoicemailMarkRequest(read));

    public static Task<ApiResult<object>> DeleteVoicemailAsync(this AgentApiClient api, string id) =>
        api.SendAsync<object>(HttpMethod.Delete, $"{Root}/{Uri.EscapeDataString(id)}");

    /// <summary>The address the browser downloads a message's WAV file from (AgentUi streams it from AgentApi).</summary>
    public static string DownloadPath(string id) => $"voicemail/{Uri.EscapeDataString(id)}/file";
}
