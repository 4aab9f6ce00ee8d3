using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using PureConnect.CallLogs;
using PureConnect.Grains.EventSourcing;

namespace PureConnect.Replay.WhatIf;

/// <summary>What <c>what-if --apply</c> did: call logs written (and of them, those queued for Salesforce) and those left alone.</summary>
public sealed record ApplyOutcome(int Written, int Queued, int InProgress, int NoLongerWritten, int Moved)
{
    public string Summary() =>
        $"Applied: {Written} call logs written, {Queued} of them queued for Salesforce (the projector's sync upserts their Tasks by "
        + $"external id). Left alone: {InProgress} of calls still in progress, {NoLongerWritten} the mapping would no longer write "
        + $"(Tasks are never deleted), {Moved} the projector changed since the replay (run again to include them).";
}

/// <summary>
/// Writes replayed call logs into the live <c>call_logs</c> table, as the projector's repair path would: the state and the Task
/// fields of each ended call, only where the row is still at the stream version the replay folded (otherwise the projector moved
/// it since, and the row is left for a later run), marked for the Salesforce sync when the fields differ from what Salesforce
/// last accepted or refused — a log locked after its edit window is opened again for that one sync. Rows are locked in key order,
/// as every writer of several call logs does. Never touches the event store. Idempotent: a second run finds nothing to write.
/// </summary>
public static class CallLogApply
{
    private const int Batch = 500;

    public static async Task<ApplyOutcome> RunAsync(string connectionString, IReadOnlyDictionary<string, CallLogState> states,
        IReadOnlyCollection<string> changedKeys, CallLogOptions mapping, Action<int, int> progress, CancellationToken cancellationToken)
    {
        var (inProgress, noLongerWritten) = (0, 0);
        var candidates = new List<(string Key, long Version, string State, string Fields, DateTimeOffset EndedAt)>();
        foreach (var key in changedKeys.Order(StringComparer.Ordinal))
        {
            var state = states[key];
            if (!CallLogProjection.ShouldExist(state, mapping))
            {
                noLongerWritten++;
            }
            else if (state.EndedAt is not { } endedAt)
            {
                inProgress++;
            }
            else
            {
                candidates.Add((key, state.Version, JsonSerializer.Serialize(state, EventSerializer.JsonOptions),
                    JsonSerializer.Serialize(CallLogProjection.Fields(state, mapping), EventSerializer.JsonOptions), endedAt));
            }
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.ApplicationName ??= "pureconnect-replay-apply";
        await using var dataSource = NpgsqlDataSource.Create(builder);
        var (written, queued) = (0, 0);
        foreach (var batch in candidates.Chunk(Batch))
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            string[] keys = [.. batch.Select(c => c.Key)];
            await using (var lockRows = new NpgsqlCommand(
                "SELECT 1 FROM call_logs WHERE interaction_key = ANY($1) ORDER BY interaction_key FOR UPDATE", connection, transaction))
            {
                lockRows.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = keys });
                await lockRows.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var update = new NpgsqlCommand("""
                UPDATE call_logs c SET state = a.state, fields = a.fields, ended_at = a.ended_at, updated_at = now(), next_attempt_at = NULL,
                    dirty = a.fields IS DISTINCT FROM c.synced_fields AND a.fields IS DISTINCT FROM c.refused_fields,
                    locked_at = CASE WHEN a.fields IS DISTINCT FROM c.synced_fields AND a.fields IS DISTINCT FROM c.refused_fields
                                     THEN NULL ELSE c.locked_at END
                FROM unnest($1::text[], $2::bigint[], $3::jsonb[], $4::jsonb[], $5::timestamptz[]) AS a (interaction_key, version, state, fields, ended_at)
                WHERE c.interaction_key = a.interaction_key AND c.version = a.version AND c.fields IS DISTINCT FROM a.fields
                RETURNING c.dirty
                """, connection, transaction);
            update.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = keys });
            update.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. batch.Select(c => c.Version)] });
            update.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(c => c.State)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
            update.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(c => c.Fields)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
            update.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. batch.Select(c => c.EndedAt)] });
            await using (var reader = await update.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    written++;
                    queued += reader.GetBoolean(0) ? 1 : 0;
                }
            }

            await transaction.CommitAsync(cancellationToken);
            progress(written, candidates.Count);
        }

        return new ApplyOutcome(written, queued, inProgress, noLongerWritten, candidates.Count - written);
    }
}
