using System.Text;
using System.Text.Json;

namespace PureConnect.IntegrationTests.Api;

/// <summary>Reads an open <c>text/event-stream</c>: named events with JSON data, and comment lines (<c>:ping</c>).</summary>
public sealed class ServerSentEvents(HttpRequestMessage request, HttpResponseMessage response, Stream body) : IAsyncDisposable
{
    private readonly StreamReader _reader = new(body, Encoding.UTF8);

    public int Pings { get; private set; }

    /// <summary>The next event (comments are counted, not returned); fails after <paramref name="timeout"/>.</summary>
    public async Task<(string Name, JsonElement Data)> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        string? name = null;
        var data = new StringBuilder();
        while (true)
        {
            var line = await _reader.ReadLineAsync(cts.Token) ?? throw new EndOfStreamException("The event stream ended.");
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    return (name, JsonDocument.Parse(data.ToString()).RootElement.Clone());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                Pings++;
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line["data: ".Length..]);
            }
        }
    }

    /// <summary>Reads until a comment line (<c>:ping</c>) arrives; events read meanwhile are dropped.</summary>
    public async Task WaitForPingAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var line = await _reader.ReadLineAsync(cts.Token) ?? throw new EndOfStreamException("The event stream ended.");
            if (line.StartsWith(':'))
            {
                Pings++;
                return;
            }
        }
    }

    /// <summary>Skips events until one matches; fails after <paramref name="timeout"/>.</summary>
    public async Task<JsonElement> WaitForAsync(string name, Func<JsonElement, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"No '{name}' event matched in time.");
            }

            var (eventName, data) = await NextAsync(left);
            if (eventName == name && condition(data))
            {
                return data;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        response.Dispose();
        request.Dispose();
        return ValueTask.CompletedTask;
    }
}
