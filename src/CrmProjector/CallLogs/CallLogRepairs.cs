using Npgsql;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>One interaction whose call log waits to be caught up from the event store.</summary>
public sealed record CallLogRepair(string InteractionKey, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError, DateTimeOffset CreatedAt);

/// <summary>The repairs waiting (table <c>call_log_repairs</c>): one row per interaction, however many of its messages failed.</summary>
public sealed class CallLogRepairs(NpgsqlDataSource dataSource)
{
    public async Task RequestAsync(string interactionKey, DateTimeOffset firstAttemptAt, string error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO call_log_repairs (interaction_key, next_attempt_at, last_error) VALUES ($1, $2, $3)
            ON CONFLICT (interaction_key) DO UPDATE SET last_error = excluded.last_error,
                next_attempt_at = coalesce(call_log_repairs.next_attempt_at, excluded.next_attempt_at)
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = interactionKey });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = firstAttemptAt });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = error });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CallLogRepair>> DueAsync(int max, CancellationToken cancellationToken) =>
        await ListAsync("WHERE next_attempt_at <= now() ORDER BY next_attempt_at LIMIT $1", max, cancellationToken);

    public async Task<IReadOnlyList<CallLogRepair>> AllAsync(CancellationToken cancellationToken) =>
        await ListAsync("ORDER BY created_at LIMIT $1", 1000, cancellationToken);

    public async Task CompleteAsync(string interactionKey, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM call_log_repairs WHERE interaction_key = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = interactionKey });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The attempt failed: try again at <paramref name="nextAttemptAt"/>, or never (null) when the schedule is exhausted.</summary>
    public async Task FailAsync(string interactionKey, DateTimeOffset? nextAttemptAt, string error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE call_log_repairs SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3 WHERE interaction_key = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = interactionKey });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)nextAttemptAt ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = error });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<CallLogRepair>> ListAsync(string where, int max, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT interaction_key, attempts, next_attempt_at, last_error, created_at FROM call_log_repairs {where}");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        var repairs = new List<CallLogRepair>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            repairs.Add(new CallLogRepair(reader.GetString(0), reader.GetInt32(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return repairs;
    }
}
