using Npgsql;
using PureConnect.Persistence.EventStore;

namespace PureConnect.Replay.CommandLine;

/// <summary>
/// The event store on a connection that PostgreSQL itself keeps read-only (<c>default_transaction_read_only</c>): the tool
/// cannot write to the store even by mistake.
/// </summary>
public sealed class ReadOnlyEventStore : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public ReadOnlyEventStore(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
        builder.ApplicationName ??= "pureconnect-replay";
        Describe = $"{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder);
        Store = new PostgresEventStore(_dataSource, appendFlushers: 1);
    }

    public IEventStore Store { get; }

    /// <summary>Host, port and database, without credentials, for messages.</summary>
    public string Describe { get; }

    /// <summary>The highest global position stored: how far a full read goes, for the progress bar.</summary>
    public async Task<long> LastPositionAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT coalesce(max(global_position), 0) FROM events");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        await ((PostgresEventStore)Store).DisposeAsync();
        await _dataSource.DisposeAsync();
    }
}
