using System.Text.Json;
using Npgsql;
using PureConnect.CallLogs;
using PureConnect.Grains.EventSourcing;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// The call logs waiting for Salesforce (rows of <c>call_logs</c> marked dirty). Many changes of one Task
/// between two syncs are one pending row: updates coalesce by construction.
/// </summary>
public sealed class CallLogOutbox(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<PendingCallLog>> TakeAsync(int max, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT interaction_key, version, fields::text, task_id, state->>'interactionId', synced_fields::text FROM call_logs
            WHERE dirty AND locked_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now())
            ORDER BY updated_at LIMIT $1
            """);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        var pending = new List<PendingCallLog>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var json = reader.GetString(2);
            pending.Add(new PendingCallLog(reader.GetString(0), reader.GetInt64(1),
                JsonSerializer.Deserialize<CallLogFields>(json, EventSerializer.JsonOptions)!, json, reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : JsonSerializer.Deserialize<CallLogFields>(reader.GetString(5), EventSerializer.JsonOptions)));
        }

        return pending;
    }

    /// <summary>Salesforce accepted these fields (one statement for the whole batch); a row stays dirty only if it changed meanwhile:
    /// a later event, or fields rewritten at the same version (the replay tool's <c>what-if --apply</c>).</summary>
    public async Task MarkSyncedAsync(IReadOnlyList<(PendingCallLog Log, string? TaskId)> accepted, CancellationToken cancellationToken)
    {
        if (accepted.Count == 0)
        {
            return;
        }

        // Rows are locked in key order first, as every writer of several call logs does, so two batches never deadlock.
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(CallLogRowLocks.InKeyOrder([.. accepted.Select(a => a.Log.InteractionKey)]));
        var update = new NpgsqlBatchCommand("""
            UPDATE call_logs c SET synced_fields = a.fields, task_id = coalesce(a.task_id, c.task_id),
                dirty = (c.version <> a.version OR c.fields IS DISTINCT FROM a.fields),
                sync_error = NULL, next_attempt_at = NULL, refused_fields = NULL, refused_at = NULL
            FROM unnest($1::text[], $2::jsonb[], $3::text[], $4::bigint[]) AS a (interaction_key, fields, task_id, version)
            WHERE c.interaction_key = a.interaction_key
            """);
        update.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. accepted.Select(a => a.Log.InteractionKey)] });
        update.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. accepted.Select(a => a.Log.FieldsJson)], NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Jsonb });
        update.Parameters.Add(new NpgsqlParameter { Value = accepted.Select(a => (object?)a.TaskId ?? DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
        update.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. accepted.Select(a => a.Log.Version)] });
        batch.BatchCommands.Add(update);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Salesforce refused the Task for a reason a retry will not cure: keep the error and the refused fields, and stop
    /// retrying (the row is no longer pending unless it changed meanwhile); a later change of its fields is tried again.</summary>
    public async Task MarkRefusedAsync(PendingCallLog log, string error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE call_logs SET sync_error = $2, refused_fields = $3::jsonb, refused_at = now(), next_attempt_at = NULL,
                dirty = (version <> $4 OR fields IS DISTINCT FROM $3::jsonb)
            WHERE interaction_key = $1
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = log.InteractionKey });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = error });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = log.FieldsJson });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = log.Version });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The sweep: the due keys (from the partial index of unlocked logs) as an array the update probes the primary key with. As a
    /// join, the planner, expecting thousands of due rows, hashed them against a scan of the whole table: 28 ms a round at
    /// 200,000 logs, growing with every call of the day.
    /// </summary>
    internal const string LockExpiredSql = """
        UPDATE call_logs c SET locked_at = now()
        WHERE c.interaction_key = ANY (ARRAY(
              SELECT interaction_key FROM call_logs
              WHERE locked_at IS NULL AND NOT dirty AND ended_at IS NOT NULL AND ended_at <= now() - $1
              ORDER BY interaction_key FOR UPDATE SKIP LOCKED))
        """;

    /// <summary>
    /// Locks the synced logs whose edit window after the disconnect has passed. Rows another writer holds are skipped (they are
    /// locked on a later round), so this sweep never waits for nor deadlocks with a fold or a sync.
    /// </summary>
    public async Task<int> LockExpiredAsync(TimeSpan editWindow, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(LockExpiredSql);
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = editWindow });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
