using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;
using PureConnect.CallLogs;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>One folded call log to store, on the condition that the stored row is still at <see cref="PreviousVersion"/> (0: no row yet).</summary>
/// <param name="Unlocks">The fold reopens a locked log (an edit, a retracted end), as <see cref="CallLogProjection.Unlocks"/>.</param>
internal sealed record CallLogWrite(string InteractionKey, long PreviousVersion, long Version, string StateJson, string? FieldsJson,
    DateTimeOffset? EndedAt, bool Unlocks)
{
    public TaskCompletionSource<bool> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// Group commit for call-log folds: every write waiting is stored in one statement, one transaction and one round trip, each
/// only if its row is still at the version the fold started from (optimistic concurrency, so no row is read or locked first).
/// A write whose condition fails answers false and the caller folds again from the stored row. Writes of one interaction key
/// never share a batch (a later one waits for the next), so each answer is exact.
/// </summary>
internal sealed class CallLogWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private readonly Channel<CallLogWrite> _queue = Channel.CreateUnbounded<CallLogWrite>();
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeSpan _linger;
    private readonly Task _flusher;

    public CallLogWriter(NpgsqlDataSource dataSource, TimeSpan linger)
    {
        _dataSource = dataSource;
        _linger = linger;
        _flusher = Task.Run(FlushLoopAsync);
    }

    /// <summary>True when stored; false when the row was not at <see cref="CallLogWrite.PreviousVersion"/>.</summary>
    public Task<bool> WriteAsync(CallLogWrite write, CancellationToken cancellationToken)
    {
        if (!_queue.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(CallLogWriter));
        }

        return write.Written.Task.WaitAsync(cancellationToken);
    }

    private async Task FlushLoopAsync()
    {
        var batch = new List<CallLogWrite>(MaxBatch);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var deferred = new Queue<CallLogWrite>();
        while (deferred.Count > 0 || await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            keys.Clear();
            if (_linger > TimeSpan.Zero)
            {
                // Gathering: the folds arriving meanwhile share this batch's statement and commit.
                await Task.Delay(_linger).ConfigureAwait(false);
            }

            var carried = deferred.Count;
            for (var i = 0; i < carried; i++)
            {
                Take(deferred.Dequeue(), batch, keys, deferred);
            }

            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
            {
                Take(write, batch, keys, deferred);
            }

            if (batch.Count > 0)
            {
                await FlushAsync(batch).ConfigureAwait(false);
            }
        }
    }

    private static void Take(CallLogWrite write, List<CallLogWrite> batch, HashSet<string> keys, Queue<CallLogWrite> deferred)
    {
        if (keys.Add(write.InteractionKey))
        {
            batch.Add(write);
        }
        else
        {
            deferred.Enqueue(write);
        }
    }

    private async Task FlushAsync(List<CallLogWrite> batch)
    {
        try
        {
            var stored = await ExecuteAsync(batch).ConfigureAwait(false);
            foreach (var write in batch)
            {
                write.Written.TrySetResult(stored.Contains(write.InteractionKey));
            }
        }
        catch (Exception ex)
        {
            foreach (var write in batch)
            {
                write.Written.TrySetException(ex);
            }
        }
    }

    private async Task<HashSet<string>> ExecuteAsync(List<CallLogWrite> batch)
    {
        // In UPDATE ... SET, c.* are the row's values before the update: dirty and the unlock are judged on them, exactly as a
        // fold that read the row first (Salesforce's last accepted fields, fields refused for good, the lock).
        // Rows are locked in key order first, as every writer of several call logs does, so two batches never deadlock.
        await using var batchCommand = _dataSource.CreateBatch();
        batchCommand.BatchCommands.Add(CallLogRowLocks.InKeyOrder([.. batch.Select(w => w.InteractionKey)]));
        var command = new NpgsqlBatchCommand("""
            WITH input AS (
                SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::jsonb[], $5::jsonb[], $6::timestamptz[], $7::boolean[])
                    AS i (interaction_key, previous_version, version, state, fields, ended_at, unlocks)
            ),
            updated AS (
                UPDATE call_logs c SET version = i.version, state = i.state, fields = i.fields, ended_at = i.ended_at, updated_at = now(),
                    dirty = (c.locked_at IS NULL OR i.unlocks) AND i.fields IS NOT NULL
                            AND i.fields IS DISTINCT FROM c.synced_fields AND i.fields IS DISTINCT FROM c.refused_fields,
                    locked_at = CASE WHEN i.unlocks THEN NULL ELSE c.locked_at END
                FROM input i
                WHERE i.previous_version > 0 AND c.interaction_key = i.interaction_key AND c.version = i.previous_version
                RETURNING c.interaction_key
            ),
            inserted AS (
                INSERT INTO call_logs (interaction_key, version, state, fields, dirty, ended_at, updated_at)
                SELECT i.interaction_key, i.version, i.state, i.fields, i.fields IS NOT NULL, i.ended_at, now()
                FROM input i WHERE i.previous_version = 0
                ON CONFLICT (interaction_key) DO NOTHING
                RETURNING interaction_key
            )
            SELECT interaction_key FROM updated UNION ALL SELECT interaction_key FROM inserted
            """);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(w => w.InteractionKey)] });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. batch.Select(w => w.PreviousVersion)] });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. batch.Select(w => w.Version)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(w => w.StateJson)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(w => (object?)w.FieldsJson ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(w => (object?)w.EndedAt ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<bool[]> { TypedValue = [.. batch.Select(w => w.Unlocks)] });

        batchCommand.BatchCommands.Add(command);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await batchCommand.ExecuteReaderAsync().ConfigureAwait(false);
        await reader.NextResultAsync().ConfigureAwait(false); // past the locks
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            stored.Add(reader.GetString(0));
        }

        return stored;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _flusher.ConfigureAwait(false);
    }
}
