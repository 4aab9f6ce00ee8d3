using System.Text.Json;

namespace PureConnect.AgentApi.Http;

/// <summary>Writes server-sent events (<c>event:</c> + one-line JSON <c>data:</c>) and <c>:ping</c> comments, flushing each.</summary>
public sealed class EventWriter(HttpResponse response, JsonSerializerOptions json)
{
    public async Task WriteAsync<T>(string eventName, T data, CancellationToken ct)
    {
        await response.WriteAsync($"event: {eventName}\ndata: {JsonSerializer.Serialize(data, json)}\n\n", ct);
        await response.Body.FlushAsync(ct);
    }

    public async Task PingAsync(CancellationToken ct)
    {
        await response.WriteAsync(":ping\n\n", ct);
        await response.Body.FlushAsync(ct);
    }
}
