using System.Diagnostics;
using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace PureConnect.Persistence.EventStore;

/// <summary>
/// Group commit for appends: callers enqueue, and a few flushers each take whatever is waiting (up to
/// <see cref="MaxBatch"/> appends) into one <c>append_events_batch</c> call, one transaction and one round
/// trip. Under light load a batch is a single append with no added delay; under heavy load many appends share
/// a commit. Each append keeps its own outcome. A transient failure retries the whole batch, which is safe:
/// a batch that did commit comes back as <see cref="AppendOutcome.AlreadyAppended"/>. Any other failure of a
/// batch of several appends rolled the whole batch back, so each append is then tried alone: only the one
/// that fails for itself (an unstorable payload, say) fails, the others are stored.
/// </summary>
internal sealed class AppendBatcher : IAsyncDisposable
{
    private const int MaxBatch = 128;

    /// <summary>SQLSTATE class 22, data exception: invalid JSON, untranslatable character, value too long.</summary>
    private const string DataExceptionClass = "22";
    private readonly Channel<PendingAppend> _queue = Channel.CreateUnbounded<PendingAppend>();

    // At most one notification waits while one is being sent: appends committed meanwhile share it.
    private readonly Channel<bool> _notifications = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeSpan _notifyInterval;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _flushers;
    private readonly Task _notifier;

    public AppendBatcher(NpgsqlDataSource dataSource, int flushers, TimeSpan notifyInterval)
    {
        _dataSource = dataSource;
        _notifyInterval = notifyInterval;
        _flushers = Enumerable.Range(0, flushers).Select(_ => Task.Run(FlushLoopAsync)).ToArray();
        _notifier = Task.Run(NotifyLoopAsync);
    }

    public Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken)
    {
        var pending = new PendingAppend(streamId, expectedVersion, events);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(PostgresEventStore));
        }

        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    private async Task FlushLoopAsync()
    {
        var batch = new List<PendingAppend>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            if (batch.Count == 0)
            {
                continue;
            }

            await FlushAsync(batch).ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(List<PendingAppend> batch)
    {
        (string Outcome, long Version)[] outcomes;
        var started = Stopwatch.GetTimestamp();
        try
        {
            outcomes = await TransientRetry.RunAsync(ct => ExecuteAsync(batch, ct), CancellationToken.None).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (batch.Count > 1 && !ex.IsTransient)
        {
            // One transaction: nothing of the batch is stored. Alone, only the member that caused it fails.
            foreach (var pending in batch)
            {
                await FlushAsync([pending]).ConfigureAwait(false);
            }

            return;
        }
        catch (PostgresException ex) when (ex.SqlState.StartsWith(DataExceptionClass, StringComparison.Ordinal))
        {
            batch[0].Completion.TrySetException(new UnstorableEventException(batch[0].StreamId, $"PostgreSQL refused its data ({ex.SqlState})", ex));
            return;
        }
        catch (Exception ex)
        {
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(ex);
            }

            return;
        }

        EventStoreMetrics.AppendBatchDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        EventStoreMetrics.AppendBatches.Add(1);
        var appended = 0L;
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Outcome == "appended")
            {
                appended += batch[i].Events.Count;
            }
        }

        if (appended > 0)
        {
            EventStoreMetrics.EventsAppended.Add(appended);
            _notifications.Writer.TryWrite(true);
        }

        for (var i = 0; i < batch.Count; i++)
        {
            Complete(batch[i], outcomes[i]);
        }
    }

    /// <summary>
    /// Tells the relay (LISTEN <c>events_appended</c>) that events committed: after the commit, in a statement of its own. Inside
    /// the appending transaction a NOTIFY would serialise every commit on PostgreSQL's notification lock (migration 0015).
    /// Notifications are at least <see cref="_notifyInterval"/> apart: every commit of that interval shares the next one (the
    /// relay reads in windows of that order anyway), so a busy silo sends tens per second instead of one per commit, each a
    /// statement here and a wake-up of the relay's backend and process. A commit is never left without a later notification.
    /// </summary>
    private async Task NotifyLoopAsync()
    {
        while (await _notifications.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            _notifications.Reader.TryRead(out _);
            try
            {
                await using var command = _dataSource.CreateCommand("SELECT pg_notify('events_appended', '')");
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                // The relay's idle poll picks the events up; the append itself has committed.
            }

            if (_notifyInterval > TimeSpan.Zero && !_stopping.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(_notifyInterval, _stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Disposing: send what is still due at once.
                }
            }
        }
    }

    private static void Complete(PendingAppend pending, (string Outcome, long Version) result)
    {
        if (result.Outcome == "partial_duplicate")
        {
            pending.Completion.TrySetException(new InvalidOperationException(
                $"Some but not all events of the batch are already in stream '{pending.StreamId}'; a batch is stored whole or not at all."));
            return;
        }

        pending.Completion.TrySetResult(new AppendResult(result.Outcome switch
        {
            "appended" => AppendOutcome.Appended,
            "already_appended" => AppendOutcome.AlreadyAppended,
            "wrong_expected_version" => AppendOutcome.WrongExpectedVersion,
            _ => throw new InvalidOperationException($"append_events_batch returned an unknown outcome '{result.Outcome}'."),
        }, result.Version));
    }

    private async Task<(string Outcome, long Version)[]> ExecuteAsync(List<PendingAppend> batch, CancellationToken cancellationToken)
    {
        var events = batch.SelectMany(p => p.Events).ToList();
        await using var command = _dataSource.CreateCommand("SELECT request, outcome, stream_version FROM append_events_batch($1, $2, $3, $4, $5, $6, $7)");
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(p => p.StreamId)] });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. batch.Select(p => p.ExpectedVersion)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. batch.Select(p => p.Events.Count)] });
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. events.Select(e => e.EventId)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => e.EventType)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => e.JsonPayload)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => EventMetadataJson.Write(e.Metadata))], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });

        var outcomes = new (string, long)[batch.Count];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            outcomes[reader.GetInt32(0) - 1] = (reader.GetString(1), reader.GetInt64(2));
        }

        return outcomes;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_flushers).ConfigureAwait(false);
        _notifications.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _notifier.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private sealed record PendingAppend(string StreamId, long ExpectedVersion, IReadOnlyList<EventData> Events)
    {
        public TaskCompletionSource<AppendResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
