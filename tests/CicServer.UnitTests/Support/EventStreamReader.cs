using System.Text;
using System.Text.Json;

namespace PureConnect.Simulators.CicServer.UnitTests.Support;

/// <summary>Reads server-sent events: each event's <c>data:</c> lines joined, <c>:</c> comments skipped.</summary>
internal sealed class EventStreamReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    public int Pings { get; private set; }

    /// <summary>The next event's data, or null when the stream ends.</summary>
    public async Task<string?> NextDataAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        return await NextDataAsync(cancel.Token);
    }

    /// <summary>Skips events until one satisfies <paramref name="match"/>.</summary>
    public async Task<JsonElement> NextMessageAsync(Func<JsonElement, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var data = await NextDataAsync(cancel.Token);
            Assert.True(data is not null, "the event stream ended before the expected message");
            var message = JsonDocument.Parse(data!).RootElement;
            if (match(message))
            {
                return message;
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    private async Task<string?> NextDataAsync(CancellationToken cancel)
    {
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(cancel) is { } line)
        {
            if (line.StartsWith(':'))
            {
                Pings++;
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(data.Length > 0 ? "\n" : "").Append(line["data:".Length..].TrimStart(' '));
            }
            else if (line.Length == 0 && data.Length > 0)
            {
                return data.ToString();
            }
        }

        return null;
    }
}
