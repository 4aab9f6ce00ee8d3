using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using PureConnect.Icws.Http;
using PureConnect.Icws.Messages;

namespace PureConnect.Icws.Messaging;

/// <summary>
/// Opens <c>GET messaging/messages</c> as a server-sent event stream once and yields its messages until it ends (§4.2).
/// A stream silent for longer than the idle timeout is abandoned, so a half-open connection cannot hang the reader.
/// </summary>
internal sealed class EventStreamSource(IcwsRequestSender sender, HttpClient messagingHttp, TimeProvider time, TimeSpan idleTimeout)
{
    public async IAsyncEnumerable<IcwsMessage> ReadAsync(EventStreamAttempt attempt, [EnumeratorCancellation] CancellationToken ct)
    {
        using var request = sender.CreateRequest(
            HttpMethod.Get, sender.SessionUri("messaging/messages"), accept: IcwsHttp.EventStreamMediaType);
        using var response = await messagingHttp.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw await IcwsErrorMapper.MapAsync(response, IcwsCallKind.Session, ct).ConfigureAwait(false);

        if (IsJson(response.Content.Headers.ContentType))
        {
            // A server without SSE answers like a poll: deliver what it sent, then let the caller switch to polling.
            attempt.NotSupported = true;
            foreach (var message in IcwsMessageParser.ParseArray(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false)))
                yield return message;
            yield break;
        }

        using var idle = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var idleTimer = time.CreateTimer(CancelQuietly, idle, idleTimeout, Timeout.InfiniteTimeSpan);
        using var text = new StreamReader(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), Encoding.UTF8);
        var reader = new ServerSentEventReader(text, () => idleTimer.Change(idleTimeout, Timeout.InfiniteTimeSpan));
        while (true)
        {
            string? data;
            try
            {
                data = await reader.ReadDataAsync(idle.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                attempt.IdledOut = true;
                break;
            }

            if (data is null)
                break;

            attempt.Received = true;
            idleTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan); // the consumer's pace is not idleness
            foreach (var message in Parse(data))
                yield return message;
            idleTimer.Change(idleTimeout, Timeout.InfiniteTimeSpan);
        }
    }

    private static IReadOnlyList<IcwsMessage> Parse(string data) =>
        data.TrimStart().StartsWith('[') ? IcwsMessageParser.ParseArray(data) : [IcwsMessageParser.Parse(data)];

    private static bool IsJson(MediaTypeHeaderValue? contentType) =>
        contentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;

    private static void CancelQuietly(object? state)
    {
        try
        {
            ((CancellationTokenSource)state!).Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The stream already ended.
        }
    }
}
