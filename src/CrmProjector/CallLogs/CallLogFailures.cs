using Npgsql;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>A call log Salesforce refused for good: the error, when, and whether its edit window has locked it.</summary>
public sealed record CallLogFailure(string InteractionKey, string? InteractionId, string? TaskId, string Error, DateTimeOffset RefusedAt, bool Locked);

/// <summary>The call logs Salesforce refused for good (rows of <c>call_logs</c> with <c>refused_at</c>), for operators.</summary>
public sealed class CallLogFailures(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<CallLogFailure>> AllAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT interaction_key, state->>'interactionId', task_id, sync_error, refused_at, locked_at IS NOT NULL
            FROM call_logs WHERE refused_at IS NOT NULL ORDER BY refused_at LIMIT 1000
            """);
        var failures = new List<CallLogFailure>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            failures.Add(new CallLogFailure(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? "" : reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetBoolean(5)));
        }

        return failures;
    }
}
