using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using PureConnect.CallLogs;
using PureConnect.Grains.EventSourcing;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// The projector's call logs in PostgreSQL (table <c>call_logs</c>). Applying an event skips what is already folded in
/// (redeliveries), refuses to skip ahead (an event whose predecessor is still being retried fails with
/// <see cref="CallLogVersionGapException"/> and is retried after it, so no event is ever jumped over), stores the new state
/// and marks the row for the Salesforce sync when the Task fields differ from what Salesforce last accepted and the log is
/// not locked.
/// The fast path folds onto the state this process last stored for the interaction (kept in memory for a while) and writes
/// through <see cref="CallLogWriter"/>: concurrent folds share one statement and one commit, each conditional on the row
/// still being at the version it folded from. The slow path (nothing known in memory, or the row moved: another projector
/// instance, a repair) locks and reads the row first, as every fold once did.
/// </summary>
public sealed class CallLogStore(NpgsqlDataSource dataSource, IOptions<CallLogWriterOptions> writerOptions) : IAsyncDisposable
{
    private static readonly MemoryCacheEntryOptions Remembered = new() { SlidingExpiration = TimeSpan.FromMinutes(2), Size = 1 };
    private readonly MemoryCache _known = new(new MemoryCacheOptions { SizeLimit = 50_000 });
    private readonly CallLogWriter _writer = new(dataSource, writerOptions.Value.Linger);

    /// <summary>A store that writes each fold at once (tools and tests).</summary>
    public CallLogStore(NpgsqlDataSource dataSource)
        : this(dataSource, Options.Create(new CallLogWriterOptions { Linger = TimeSpan.Zero }))
    {
    }

    public async Task ApplyAsync(string interactionKey, long version, Func<CallLogState, CallLogState> evolve,
        Func<CallLogState, CallLogFields?> fieldsOf, CancellationToken cancellationToken)
    {
        var known = _known.TryGetValue(interactionKey, out CallLogState? remembered) ? remembered
            : version == 1 ? CallLogState.Empty
            : null;
        if (known is not null && version <= known.Version)
        {
            return;
        }

        if (known is not null && version == known.Version + 1)
        {
            var next = evolve(known);
            var nextFields = fieldsOf(next);
            var write = new CallLogWrite(interactionKey, known.Version, next.Version, JsonSerializer.Serialize(next, EventSerializer.JsonOptions),
                nextFields is null ? null : JsonSerializer.Serialize(nextFields, EventSerializer.JsonOptions), next.EndedAt,
                CallLogProjection.Unlocks(known, next));
            if (await _writer.WriteAsync(write, cancellationToken))
            {
                _known.Set(interactionKey, next, Remembered);
                return;
            }
        }

        _known.Remove(interactionKey);
        var stored = await ApplyLockedAsync(interactionKey, version, evolve, fieldsOf, cancellationToken);
        _known.Set(interactionKey, stored, Remembered);
    }

    /// <summary>The slow path: lock and read the row, fold, write. Answers the state now stored.</summary>
    private async Task<CallLogState> ApplyLockedAsync(string interactionKey, long version, Func<CallLogState, CallLogState> evolve,
        Func<CallLogState, CallLogFields?> fieldsOf, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (state, syncedFields, refusedFields, locked) = await ReadForUpdateAsync(connection, interactionKey, cancellationToken);
        if (version <= state.Version)
        {
            return state;
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
        return next;
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

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        _known.Dispose();
    }
}
