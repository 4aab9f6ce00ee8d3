using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PureConnect.Grains.EventSourcing;
using PureConnect.Persistence.EventStore;
using PureConnect.Persistence.Migrations;
using PureConnect.Replay.CommandLine;
using PureConnect.TestSupport;

namespace PureConnect.Replay.IntegrationTests;

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Postgres";
}

/// <summary>A migrated event store of one test, events appended as the grains append them, and the tool's entry point run against it.</summary>
public sealed class ReplayDatabase : IAsyncDisposable
{
    private static readonly EventSerializer Serializer = EventSerializer.ForContracts();
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresEventStore _store;

    private ReplayDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _store = new PostgresEventStore(_dataSource);
    }

    public string ConnectionString { get; }

    public static async Task<ReplayDatabase> CreateAsync(PostgresFixture postgres)
    {
        var connectionString = await postgres.CreateDatabaseAsync("replay");
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);
        return new ReplayDatabase(connectionString);
    }

    /// <summary>Appends each event as its own transaction, as the grains do.</summary>
    public async Task AppendAsync(string streamId, params object[] events)
    {
        foreach (var @event in events)
        {
            await AppendRawAsync(streamId, Serializer.NameOf(@event), Serializer.Serialize(@event));
        }
    }

    public async Task AppendRawAsync(string streamId, string eventType, string json)
    {
        var version = await _store.GetStreamVersionAsync(streamId);
        var result = await _store.AppendAsync(streamId, version, [new EventData(Guid.CreateVersion7(), eventType, json, EventMetadata.Empty)]);
        Assert.Equal(AppendOutcome.Appended, result.Outcome);
    }

    /// <summary>A transaction that holds a transaction id until it is disposed: the gap-safe reader holds back every newer event meanwhile.</summary>
    public async Task<IAsyncDisposable> HoldBackNewerEventsAsync()
    {
        var connection = await _dataSource.OpenConnectionAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("SELECT pg_current_xact_id()", connection, transaction))
        {
            await command.ExecuteScalarAsync();
        }

        return connection;
    }

    public async Task<long> CountEventsAsync()
    {
        await using var command = _dataSource.CreateCommand("SELECT count(*) FROM events");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs the tool as <c>dotnet run --project src/Replay -- args --connection …</c> would.</summary>
    public Task<(int ExitCode, string Out, string Error)> RunToolAsync(params string[] args) => RunToolAsync(errorIsTerminal: false, args);

    /// <param name="errorIsTerminal">Whether the tool takes its error output for a terminal (and draws its progress there).</param>
    public async Task<(int ExitCode, string Out, string Error)> RunToolAsync(bool errorIsTerminal, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ReplayCommandLine.RunAsync([.. args, "--connection", ConnectionString],
            new ReplayConsole(output, error, outputIsTerminal: false, errorIsTerminal), _ => null);
        return (exitCode, output.ToString(), error.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        await _dataSource.DisposeAsync();
    }
}
