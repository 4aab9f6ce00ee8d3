using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PureConnect.Benchmarks.WholeSystem;

/// <summary>
/// What an agent's browser does to the AgentApi: logs in on a workstation, goes Available and keeps the
/// event stream (server-sent events) open. Every <c>interaction</c> event is recorded with the time it was read,
/// so that the benchmark can measure message → browser latency.
/// </summary>
public sealed class BenchmarkAgent(string userId, string stationId, Uri agentApi) : IAsyncDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true })
    {
        BaseAddress = agentApi,
        Timeout = TimeSpan.FromSeconds(120),
    };

    private readonly CancellationTokenSource _stop = new();
    private string? _csrf;
    private Task? _reader;

    public string UserId { get; } = userId;

    public long EventsRead;

    public long StreamFailures;

    public async Task LogInAvailableAsync(string password)
    {
        await SendAsync(HttpMethod.Get, "/api/login/options", null);
        var login = await SendAsync(HttpMethod.Post, "/api/login", new { userId = UserId, password });
        if (login.GetProperty("step").GetString() == "station")
        {
            login = await SendAsync(HttpMethod.Post, "/api/login/station", new { kind = "Workstation", stationId, remember = false });
        }

        if (login.GetProperty("step").GetString() != "ready")
        {
            throw new InvalidOperationException($"{UserId}: log-in ended at step {login.GetProperty("step")}.");
        }

        await SendAsync(HttpMethod.Put, "/api/me/status", new { statusId = "Available" });
    }

    /// <summary>Opens the event stream and reads it until disposed; each interaction state is reported once, when first read.</summary>
    public void StartReading(Action<string, string, long> interactionSeen) =>
        _reader = Task.Run(() => ReadLoopAsync(interactionSeen));

    private async Task ReadLoopAsync(Action<string, string, long> interactionSeen)
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me/events");
                request.Headers.Accept.ParseAdd("text/event-stream");
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
                response.EnsureSuccessStatusCode();
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token), Encoding.UTF8);
                string? name = null;
                var data = new StringBuilder();
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    if (line.Length == 0)
                    {
                        if (name == "interaction")
                        {
                            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                            using var json = JsonDocument.Parse(data.ToString());
                            var root = json.RootElement;
                            if (root.TryGetProperty("interactionId", out var id) && root.TryGetProperty("status", out var status))
                            {
                                interactionSeen(id.GetString()!, status.GetString()!, now);
                            }
                        }

                        if (name is not null)
                        {
                            Interlocked.Increment(ref EventsRead);
                        }

                        name = null;
                        data.Clear();
                    }
                    else if (line.StartsWith("event: ", StringComparison.Ordinal))
                    {
                        name = line["event: ".Length..];
                    }
                    else if (line.StartsWith("data: ", StringComparison.Ordinal))
                    {
                        data.Append(line, "data: ".Length, line.Length - "data: ".Length);
                    }
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or JsonException or OperationCanceledException)
            {
                Interlocked.Increment(ref StreamFailures);
            }

            if (!_stop.IsCancellationRequested)
            {
                await Task.Delay(1000);
            }
        }
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (_csrf is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", _csrf);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{UserId}: {method} {path} answered {(int)response.StatusCode}: {text}");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        var json = JsonDocument.Parse(text).RootElement.Clone();
        if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("csrfToken", out var token) && token.ValueKind == JsonValueKind.String)
        {
            _csrf = token.GetString();
        }

        return json;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_reader is not null)
        {
            await _reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _http.Dispose();
        _stop.Dispose();
    }
}

/// <summary>First time each (interaction, status) was read on any agent's stream, in Unix milliseconds.</summary>
public sealed class BrowserReceipts
{
    private readonly ConcurrentDictionary<(string InteractionId, string Status), long> _firstSeen = new();

    public void Seen(string interactionId, string status, long unixMs) => _firstSeen.TryAdd((interactionId, status), unixMs);

    public bool TryGet(string interactionId, string status, out long unixMs) => _firstSeen.TryGetValue((interactionId, status), out unixMs);

    public int Count => _firstSeen.Count;
}
