using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PureConnect.Persistence.Migrations;
using PureConnect.TestSupport;

namespace PureConnect.Persistence.IntegrationTests;

[Collection(PostgresCollection.Name)]
public sealed class MigrationTests(PostgresFixture postgres)
{
    private static readonly string[] Scripts =
    [
        "PureConnect.Persistence.Migrations.0001_event_store.sql",
        "PureConnect.Persistence.Migrations.0002_orleans_main.sql",
        "PureConnect.Persistence.Migrations.0003_orleans_clustering.sql",
        "PureConnect.Persistence.Migrations.0004_orleans_persistence.sql",
        "PureConnect.Persistence.Migrations.0005_orleans_reminders.sql",
        "PureConnect.Persistence.Migrations.0006_transaction_ordered_reads.sql",
        "PureConnect.Persistence.Migrations.0007_group_commit.sql",
        "PureConnect.Persistence.Migrations.0008_relay_checkpoints.sql",
        "PureConnect.Persistence.Migrations.0009_call_logs.sql",
        "PureConnect.Persistence.Migrations.0010_call_log_sync.sql",
        "PureConnect.Persistence.Migrations.0011_call_log_repairs.sql",
        "PureConnect.Persistence.Migrations.0012_parked_ingest_work.sql",
        "PureConnect.Persistence.Migrations.0013_protected_secrets.sql",
        "PureConnect.Persistence.Migrations.0014_call_log_refusals.sql",
        "PureConnect.Persistence.Migrations.0015_notify_after_commit.sql",
        "PureConnect.Persistence.Migrations.0016_call_log_lock_sweep.sql",
        "PureConnect.Persistence.Migrations.0017_append_generic_plans.sql",
    ];

    [Fact]
    public async Task Migrating_creates_the_missing_database_and_applies_every_script_in_order()
    {
        var connectionString = postgres.Server.ConnectionString(PostgresFixture.NewDatabaseName("created"));

        var applied = await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);

        Assert.Equal(Scripts, applied);
        Assert.Equal(Scripts, await JournalAsync(connectionString));
        Assert.Equal(
            ["agent_session_tickets", "call_log_repairs", "call_logs", "data_protection_keys", "events", "orleansmembershiptable", "orleansmembershipversiontable", "orleansquery", "orleansreminderstable", "orleansstorage", "parked_ingest_work", "relay_checkpoints", "schema_versions", "snapshots"],
            await TablesAsync(connectionString));
    }

    [Fact]
    public async Task Migrating_an_up_to_date_database_applies_nothing()
    {
        var connectionString = await postgres.CreateDatabaseAsync("twice");
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);

        var second = await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);

        Assert.Empty(second);
        Assert.Equal(Scripts, await JournalAsync(connectionString));
    }

    [Fact]
    public async Task Processes_migrating_at_once_apply_each_script_exactly_once()
    {
        var connectionString = postgres.Server.ConnectionString(PostgresFixture.NewDatabaseName("racing"));

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance))));

        Assert.Equal(Scripts, runs.SelectMany(applied => applied).Order());
        Assert.Equal(Scripts, await JournalAsync(connectionString));
    }

    private static async Task<List<string>> JournalAsync(string connectionString) =>
        await QueryStringsAsync(connectionString, "SELECT scriptname FROM schema_versions ORDER BY schemaversionsid");

    private static async Task<List<string>> TablesAsync(string connectionString) =>
        await QueryStringsAsync(connectionString, "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");

    private static async Task<List<string>> QueryStringsAsync(string connectionString, string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
