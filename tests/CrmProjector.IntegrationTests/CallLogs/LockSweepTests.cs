using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PureConnect.CrmProjector.CallLogs;
using PureConnect.CrmProjector.IntegrationTests.Infrastructure;
using PureConnect.Persistence.Migrations;
using PureConnect.TestSupport;

namespace PureConnect.CrmProjector.IntegrationTests.CallLogs;

/// <summary>
/// The sweep that locks call logs past their edit window runs every few hundred milliseconds all day: its work must follow the
/// logs that are due, never the size of the table (a day at 200 calls a second leaves millions of locked logs behind).
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class LockSweepTests(BrokerFixture broker)
{
    private const int LockedLogs = 200_000;

    /// <summary>200 calls a second within a 2-minute edit window: synced, not yet due.</summary>
    private const int InWindowLogs = 24_000;

    [Fact]
    public async Task The_sweep_locks_exactly_the_due_logs_and_its_plan_never_reads_the_whole_table()
    {
        var connectionString = await broker.Postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("locksweep"));
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await ExecuteAsync(dataSource, $$"""
            INSERT INTO call_logs (interaction_key, version, state, dirty, ended_at, locked_at)
            SELECT 'locked-' || lpad(g::text, 7, '0'), 5, '{}', false, now() - interval '1 day', now() - interval '1 day'
            FROM generate_series(1, {{LockedLogs}}) AS g;
            INSERT INTO call_logs (interaction_key, version, state, dirty, ended_at)
            SELECT 'due-' || g, 5, '{}', false, now() - interval '10 minutes' FROM generate_series(1, 40) AS g;
            INSERT INTO call_logs (interaction_key, version, state, dirty, ended_at)
            SELECT 'in-window-' || g, 5, '{}', false, now() - g * interval '4 milliseconds' FROM generate_series(1, {{InWindowLogs}}) AS g;
            INSERT INTO call_logs (interaction_key, version, state, dirty, ended_at)
            SELECT 'unsynced-' || g, 5, '{}', true, now() - interval '10 minutes' FROM generate_series(1, 20) AS g;
            ANALYZE call_logs;
            """);

        var plan = await PlanAsync(dataSource, TimeSpan.FromMinutes(2));
        var scans = SeqScans(plan.RootElement).ToList();
        Assert.True(scans.Count == 0, $"the sweep reads the whole call_logs table ({string.Join(", ", scans)}): {plan.RootElement}");

        var outbox = new CallLogOutbox(dataSource);
        Assert.Equal(40, await outbox.LockExpiredAsync(TimeSpan.FromMinutes(2), CancellationToken.None));
        Assert.Equal(0, await outbox.LockExpiredAsync(TimeSpan.FromMinutes(2), CancellationToken.None));
        await using var count = dataSource.CreateCommand(
            "SELECT count(*) FILTER (WHERE locked_at IS NULL AND interaction_key LIKE 'due-%'), count(*) FILTER (WHERE locked_at IS NOT NULL AND interaction_key NOT LIKE 'due-%' AND interaction_key NOT LIKE 'locked-%') FROM call_logs");
        await using var reader = await count.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((0L, 0L), (reader.GetInt64(0), reader.GetInt64(1)));
    }

    private static async Task<JsonDocument> PlanAsync(NpgsqlDataSource dataSource, TimeSpan editWindow)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + CallLogOutbox.LockExpiredSql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = editWindow });
        var json = (string)(await command.ExecuteScalarAsync())!;
        await transaction.RollbackAsync();
        return JsonDocument.Parse(json);
    }

    private static IEnumerable<string> SeqScans(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(SeqScans);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var here = element.TryGetProperty("Node Type", out var type) && type.GetString() == "Seq Scan"
            ? [$"Seq Scan on {element.GetProperty("Relation Name").GetString()}"]
            : Array.Empty<string>();
        return here.Concat(element.EnumerateObject().Where(p => p.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
            .SelectMany(p => SeqScans(p.Value)));
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync();
    }
}
