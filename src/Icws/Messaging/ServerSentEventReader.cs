using System.Text;

namespace PureConnect.Icws.Messaging;

/// <summary>
/// Reads the <c>data</c> of server-sent events from a text stream (W3C event-stream format): multi-line data is joined
/// with <c>\n</c>, comment lines (<c>:ping</c>) and events without data are skipped, and <c>event</c>, <c>id</c> and
/// <c>retry</c> are ignored (ICWS sends only default-type events, §4.2). An event cut off by the end of the stream is dropped.
/// </summary>
internal sealed class ServerSentEventReader(TextReader reader, Action? lineRead = null)
{
    /// <summary>The data of the next event, or null at the end of the stream.</summary>
    public async Task<string?> ReadDataAsync(CancellationToken ct)
    {
        var data = new StringBuilder();
        var hasData = false;
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            lineRead?.Invoke();
            if (line.Length == 0)
            {
                if (hasData)
                    return data.ToString();
                continue;
            }

            if (line[0] == ':')
                continue;

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            if (field != "data")
                continue;

            var value = colon < 0 ? "" : line[(colon + 1)..];
            if (hasData)
                data.Append('\n');
            data.Append(value.StartsWith(' ') ? value[1..] : value);
            hasData = true;
        }

        return null;
    }
}
