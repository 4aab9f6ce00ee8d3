using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using PureConnect.Grains.EventSourcing;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// The projector's call logs in PostgreSQL (table <c>call_logs</c>). Applying an event locks the row, skips
/// what is already folded in (redeliveries), refuses to skip ahead (an event whose predecessor is still being
/// retried fails with <see cref="CallLogVersionGapException"/> and is retried after it, so no event is ever
/// jumped over), stores the new state and marks the row for the Salesforce sync when the Task fields differ
/// from what Salesforce last accepted and the log is not locked.
/// </summary>
public sealed class CallLogStore(NpgsqlDataSource dataSource)
{
    public async Task ApplyAsync(string interactionKey, long version, Func<CallLogState, CallLogState> evolve,
        Func<CallLogState, CallLogFields?> fieldsOf, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (state, syncedFields, refusedFields, locked) = await ReadForUpdateAsync(connection, interactionKey, cancellationToken);
        if (version <= state.Version)
        {
            return;
        }

        if (version != state.Version + 1)
        {
            throw new CallLogVersionGapException(interactionKey, state.Version, version);
        }

        var next = evolve(state);
        var nextFields = fieldsOf(next);
        var fields = nextFields is null ? null : JsonSerializer.Serialize(nextFields, EventSerializer.JsonOptions);
        // An edit folded in (made within the window, though it arrives after the log was locked) or a retracted end opens it again.
        var reopened = locked && CallLogProjection.Unlocks(state, next);
        // Fields Salesforce refused for good are not sent again; a change of them is.
        var dirty = (!locked || reopened) && nextFields is not null && nextFields != Read(syncedFields) && nextFields != Read(refusedFields);
        await using var upsert = new NpgsqlCommand("""
            INSERT INTO call_logs (interaction_key, version, state, fields, dirty, ended_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, now())
            ON CONFLICT (interaction_key) DO UPDATE SET version = excluded.version, state = excluded.state, fields = excluded.fields,
                dirty = excluded.dirty, ended_at = excluded.ended_at, updated_at = now(),
                locked_at = CASE WHEN $7 THEN NULL ELSE call_logs.locked_at END
            """, connection, transaction);
        upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = interactionKey });
        upsert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = next.Version });
        upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(next, EventSerializer.JsonOptions), NpgsqlDbType = NpgsqlDbType.Jsonb });
        upsert.Parameters.Add(new NpgsqlParameter { Value = (object?)fields ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Jsonb });
        upsert.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = dirty });
        upsert.Parameters.Add(new NpgsqlParameter { Value = (object?)next.EndedAt ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        upsert.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = reopened });
        await upsert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The stream version the call log has folded in (0 when it has none yet).</summary>
    public async Task<long> VersionAsync(string interactionKey, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT version FROM call_logs WHERE interaction_key = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = interactionKey });
        return await command.ExecuteScalarAsync(cancellationToken) is long version ? version : 0;
    }

    /// <summary>Stored fields as a record, so that equal fields compare equal whatever jsonb did to their text.</summary>
    private static CallLogFields? Read(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<CallLogFields>(json, EventSerializer.JsonOptions);

    private static async Task<(CallLogState State, string? SyncedFields, string? RefusedFields, bool Locked)> ReadForUpdateAsync(
        NpgsqlConnection connection, string interactionKey, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand(
            "SELECT state::text, synced_fields::text, refused_fields::text, locked_at IS NOT NULL FROM call_logs WHERE interaction_key = $1 FOR UPDATE", connection);
        select.Parameters.Add(new NpgsqlParameter<string> { TypedValue = interactionKey });
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return (CallLogState.Empty, null, null, false);
        }

        var state = JsonSerializer.Deserialize<CallLogState>(reader.GetString(0), EventSerializer.JsonOptions) ?? CallLogState.Empty;
        return (state, reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetBoolean(3));
    }
}
