using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PureConnect.Persistence.EventStore;
using PureConnect.Persistence.Migrations;
using PureConnect.TestSupport;

namespace PureConnect.Persistence.IntegrationTests;

/// <summary>A fresh, migrated database with a data source and an event store on it.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
        Store = new PostgresEventStore(DataSource);
    }

    public string ConnectionString { get; }

    public NpgsqlDataSource DataSource { get; }

    public PostgresEventStore Store { get; }

    public static async Task<TestDatabase> CreateAsync(PostgresFixture postgres, string prefix)
    {
        var connectionString = await postgres.CreateDatabaseAsync(prefix);
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);
        return new TestDatabase(connectionString);
    }

    public static EventData NewEvent(string type = "V1.Tested", string payload = """{"n": 1}""", EventMetadata? metadata = null) =>
        new(Guid.NewGuid(), type, payload, metadata ?? EventMetadata.Empty);

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
