using System.Text;
using System.Text.Json;

namespace PureConnect.Simulators.CicServer.UnitTests.Support;

/// <summary>Reads server-sent events: each event's <c>data:</c> lines joined, <c>:</c> comments skipped.</summary>
internal sealed class EventStreamReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);
    private readonly StringBuilder _data = new();
    private readonly Queue<string> _pending = new();

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

    /// <summary>
    /// Reads until at least <paramref name="count"/> pings have arrived in all, or <paramref name="timeout"/> passes
    /// or the stream ends; true when they arrived. An event read meanwhile is kept for the next <see cref="NextDataAsync(TimeSpan)"/>.
    /// </summary>
    public async Task<bool> WaitForPingsAsync(int count, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (Pings < count)
            {
                if (await _reader.ReadLineAsync(cancel.Token) is not { } line)
                {
                    return false;
                }

                if (Accept(line) is { } data)
                {
                    _pending.Enqueue(data);
                }
            }

            return true;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose() => _reader.Dispose();

    private async Task<string?> NextDataAsync(CancellationToken cancel)
    {
        if (_pending.TryDequeue(out var pending))
        {
            return pending;
        }

        while (await _reader.ReadLineAsync(cancel) is { } line)
        {
            if (Accept(line) is { } data)
            {
                return data;
            }
        }

        return null;
    }

    /// <summary>Takes one line in; returns an event's data when the line completes it.</summary>
    private string? Accept(string line)
    {
        if (line.StartsWith(':'))
        {
            Pings++;
        }
        else if (line.StartsWith("data:", StringComparison.Ordinal))
        {
            _data.Append(_data.Length > 0 ? "\n" : "").Append(line["data:".Length..].TrimStart(' '));
        }
        else if (line.Length == 0 && _data.Length > 0)
        {
            var data = _data.ToString();
            _data.Clear();
            return data;
        }

        return null;
    }
}
