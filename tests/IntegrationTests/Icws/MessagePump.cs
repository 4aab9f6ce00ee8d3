using System.Threading.Channels;
using PureConnect.Icws;
using PureConnect.Icws.Messages;

namespace PureConnect.IntegrationTests.Icws;

/// <summary>
/// Reads a session's message stream (<see cref="IcwsSession.ReadMessagesAsync"/>) in the background so a test can
/// wait for the message it expects, with a timeout. Remembers how the stream ended.
/// </summary>
public sealed class MessagePump : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly Channel<IcwsMessage> _messages = Channel.CreateUnbounded<IcwsMessage>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;

    private MessagePump(IcwsSession session) => _reader = Task.Run(() => ReadAsync(session));

    /// <summary>How the stream ended: null while it runs or when it ended quietly.</summary>
    public Exception? Failure { get; private set; }

    public static MessagePump Start(IcwsSession session) => new(session);

    /// <summary>The next message of type <typeparamref name="T"/> matching <paramref name="match"/>; others are skipped.</summary>
    public async Task<T> NextAsync<T>(Func<T, bool>? match = null, TimeSpan? timeout = null, string? because = null)
        where T : IcwsMessage
    {
        var skipped = new List<IcwsMessage>();
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            while (await _messages.Reader.WaitToReadAsync(deadline.Token))
            {
                while (_messages.Reader.TryRead(out var message))
                {
                    if (message is T typed && (match?.Invoke(typed) ?? true))
                    {
                        return typed;
                    }

                    skipped.Add(message);
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"No {typeof(T).Name}{(because is null ? "" : " (" + because + ")")} arrived in time; skipped: {Describe(skipped)}");
        }

        throw new InvalidOperationException(
            $"The message stream ended ({Failure?.GetType().Name ?? "quietly"}: {Failure?.Message}) before a {typeof(T).Name}{(because is null ? "" : " (" + because + ")")}; skipped: {Describe(skipped)}");
    }

    /// <summary>Waits for the stream to end; returns the messages still unread and the exception it ended with.</summary>
    public async Task<(IReadOnlyList<IcwsMessage> Unread, Exception? Failure)> EndAsync(TimeSpan? timeout = null)
    {
        var unread = new List<IcwsMessage>();
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            while (await _messages.Reader.WaitToReadAsync(deadline.Token))
            {
                while (_messages.Reader.TryRead(out var message))
                {
                    unread.Add(message);
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"The message stream did not end in time; read meanwhile: {Describe(unread)}");
        }

        return (unread, Failure);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reader;
        }
        catch (OperationCanceledException)
        {
            // Stopped by the test.
        }

        _stop.Dispose();
    }

    private async Task ReadAsync(IcwsSession session)
    {
        try
        {
            await foreach (var message in session.ReadMessagesAsync(_stop.Token))
            {
                _messages.Writer.TryWrite(message);
            }
        }
        catch (Exception ex) when (!_stop.IsCancellationRequested)
        {
            Failure = ex;
        }
        catch (OperationCanceledException)
        {
            // Stopped by the test.
        }
        finally
        {
            _messages.Writer.TryComplete();
        }
    }

    public static string Describe(IReadOnlyList<IcwsMessage> messages) =>
        messages.Count == 0 ? "none" : string.Join("; ", messages.Select(Describe));

    public static string Describe(IcwsMessage message) => message switch
    {
        QueueContentsMessage q => $"queue {q.SubscriptionId} delta={q.IsDelta} added=[{Entries(q.Added)}] changed=[{Entries(q.Changed)}] removed=[{string.Join(",", q.Removed)}]",
        UserStatusMessage u => $"userStatus delta={u.IsDelta} [{string.Join(", ", u.Statuses.Select(s => $"{s.UserId}:{s.StatusId}:{s.Notes}"))}]",
        _ => message.ToString(),
    };

    private static string Entries(IReadOnlyList<InteractionSnapshot> entries) =>
        string.Join(", ", entries.Select(e => $"{e.InteractionId}{{{string.Join(",", e.Attributes.Select(a => $"{a.Key}={a.Value}"))}}}"));
}
