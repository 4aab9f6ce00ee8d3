using System.Runtime.CompilerServices;
using System.Text;

namespace PureConnect.AgentUi.AgentApi;

/// <summary>
/// Reads server-sent events from a stream (the WHATWG format: <c>event:</c>, <c>data:</c>, comments, blank line
/// dispatches). Unlike <c>SseParser</c> it sees comments, so AgentApi's <c>:ping</c> keeps a connection alive and
/// a connection silent for longer than the idle timeout counts as dropped.
/// </summary>
public static class ServerSentEventReader
{
    public static async IAsyncEnumerable<ServerSentEvent> ReadAsync(
        Stream stream, TimeSpan idleTimeout, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? name = null;
        StringBuilder? data = null;
        while (await ReadLineAsync(reader, idleTimeout, cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    yield return new ServerSentEvent(name ?? "message", data.ToString());
                }

                (name, data) = (null, null);
                continue;
            }

            if (line[0] == ':')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..];
            value = value.StartsWith(' ') ? value[1..] : value;
            if (field == "event")
            {
                name = value;
            }
            else if (field == "data")
            {
                data = data is null ? new StringBuilder(value) : data.Append('\n').Append(value);
            }
        }
    }

    private static async Task<string?> ReadLineAsync(StreamReader reader, TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(idleTimeout);
        try
        {
            return await reader.ReadLineAsync(idle.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No event and no ping for {idleTimeout.TotalSeconds:0} s.");
        }
    }
}
