using System.Text.Json;
using Npgsql;
using PureConnect.CallLogs;
using PureConnect.Grains.EventSourcing;

namespace PureConnect.Replay.WhatIf;

/// <summary>The live projection's call logs (<c>call_logs.fields</c>), read on a connection PostgreSQL keeps read-only.</summary>
public static class LiveCallLogs
{
    private const int Batch = 5000;

    /// <summary>The stored fields of the given interactions (text as PostgreSQL returns the jsonb); an interaction without a row is absent.</summary>
    public static async Task<IReadOnlyDictionary<string, string?>> ReadJsonAsync(string connectionString, IReadOnlyCollection<string> interactionKeys,
        CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
        builder.ApplicationName ??= "pureconnect-replay";
        await using var dataSource = NpgsqlDataSource.Create(builder);
        var stored = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var batch in interactionKeys.Chunk(Batch))
        {
            await using var command = dataSource.CreateCommand("SELECT interaction_key, fields::text FROM call_logs WHERE interaction_key = ANY($1)");
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = batch });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stored[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
        }

        return stored;
    }

    /// <summary>Stored fields as the record, so that equal fields compare equal whatever jsonb did to their text (as the projector reads them).</summary>
    public static CallLogFields? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<CallLogFields>(json, EventSerializer.JsonOptions);
}
