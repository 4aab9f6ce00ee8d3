using System.Runtime.CompilerServices;
using PureConnect.Icws.Http;
using PureConnect.Icws.Messages;

namespace PureConnect.Icws.Messaging;

/// <summary>
/// The session's endless message stream: server-sent events when allowed, reopened after it ends or fails, with a
/// fall-back to short polling after <see cref="MaxEventStreamFailures"/> failed openings in a row. 401/410 end it with
/// <see cref="IcwsSessionExpiredException"/>, as does a "connection down" message (after it is yielded); closing the
/// session ends it quietly.
/// </summary>
internal sealed class IcwsMessageStream(
    EventStreamSource? eventStream,
    MessagePoller poller,
    IcwsClientOptions options,
    TimeProvider time,
    IcwsSessionLog log)
{
    public const int MaxEventStreamFailures = 3;

    public async IAsyncEnumerable<IcwsMessage> ReadAsync(CancellationToken sessionClosed, [EnumeratorCancellation] CancellationToken ct)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, sessionClosed);
        var source = eventStream is null ? poller.ReadAsync(linked.Token) : ReadEventStreamAsync(eventStream, linked.Token);
        log.MessagingMode(eventStream is null ? "short polling" : "server-sent events");
        await using var messages = source.GetAsyncEnumerator(linked.Token);
        while (true)
        {
            try
            {
                if (!await messages.MoveNextAsync().ConfigureAwait(false))
                    break;
            }
            catch (OperationCanceledException) when (sessionClosed.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                break;
            }

            var message = messages.Current;
            Observe(message);
            yield return message;
            if (message is ConnectionStateChangeMessage { NewState: ConnectionStateChangeMessage.Down } down)
                throw new IcwsSessionExpiredException($"The ICWS connection is down: {down.Reason}", null, null);
        }
    }

    private async IAsyncEnumerable<IcwsMessage> ReadEventStreamAsync(EventStreamSource source, [EnumeratorCancellation] CancellationToken ct)
    {
        var failures = 0;
        while (true)
        {
            var attempt = new EventStreamAttempt();
            Exception? error = null;
            await using (var messages = source.ReadAsync(attempt, ct).GetAsyncEnumerator(ct))
            {
                while (true)
                {
                    try
                    {
                        if (!await messages.MoveNextAsync().ConfigureAwait(false))
                            break;
                    }
                    catch (Exception ex) when (IsRecoverable(ex, ct))
                    {
                        error = ex;
                        break;
                    }

                    yield return messages.Current;
                }
            }

            failures = attempt.Succeeded ? 0 : failures + 1;
            if (failures > 0)
                log.EventStreamFailed(error, failures);
            if (attempt.NotSupported || failures >= MaxEventStreamFailures)
                break;
            await Task.Delay(Backoff.Delay(options.PollInterval, failures), time, ct).ConfigureAwait(false);
        }

        log.FallingBackToPolling();
        await foreach (var message in poller.ReadAsync(ct).ConfigureAwait(false))
            yield return message;
    }

    private static bool IsRecoverable(Exception ex, CancellationToken ct) =>
        ex is not IcwsSessionExpiredException
        && (ex is IcwsException || IcwsRequestSender.MapTransportFailure(ex, "", ct) is not null);

    private void Observe(IcwsMessage message)
    {
        switch (message)
        {
            case MalformedMessage malformed:
                log.MalformedMessage(malformed.Error);
                break;
            case UnknownMessage unknown:
                log.UnknownMessage(unknown.Type);
                break;
            case ConnectionStateChangeMessage { NewState: ConnectionStateChangeMessage.Down } down:
                log.ConnectionDown(down.Reason);
                break;
        }
    }
}
