using Microsoft.Extensions.Options;
using Npgsql;
using PureConnect.CallLogs;
using PureConnect.CrmProjector.CallLogs;
using PureConnect.Grains.EventSourcing;

namespace PureConnect.Replay.IntegrationTests;

/// <summary>
/// The projector's live call-log path (its <see cref="CallLogFolding"/> over its <see cref="CallLogStore"/>) run over every
/// interaction event of a database, in global order, as the relay delivers them: what fills <c>call_logs</c> in production.
/// </summary>
public static class LiveProjection
{
    public static async Task FoldAllAsync(string connectionString, CallLogOptions options)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var store = new CallLogStore(dataSource);
        var folding = new CallLogFolding(store, EventSerializer.ForContracts(), Options.Create(options));
        await using var command = dataSource.CreateCommand("""
            SELECT stream_id, stream_version, event_type, payload::text FROM events
            WHERE stream_id LIKE 'interaction-%' ORDER BY transaction_id, global_position
            """);
        var events = new List<(string Key, long Version, string Type, string Payload)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                events.Add((reader.GetString(0)["interaction-".Length..], reader.GetInt64(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        foreach (var (key, version, type, payload) in events)
        {
            await folding.ApplyAsync(key, version, type, payload, CancellationToken.None);
        }
    }

    /// <summary>Every call log as stored: key, version, fields (jsonb text), dirty flag and update time: what a read-only tool must leave alone.</summary>
    public static async Task<List<string>> SnapshotAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(
            "SELECT interaction_key || '|' || version || '|' || coalesce(fields::text, '') || '|' || dirty || '|' || updated_at FROM call_logs ORDER BY 1");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
