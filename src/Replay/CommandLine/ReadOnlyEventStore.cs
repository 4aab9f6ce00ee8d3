using System.Globalization;
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

    /// <summary>Where the last event committed so far stands in the global order (null: the store is empty): where a replay ends.</summary>
    public async Task<GlobalCheckpoint?> LastCheckpointAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            // Ordered by the xid8 column itself: the text output column would sort 999 after 1000.
            "SELECT transaction_id::text AS transaction_id_text, global_position FROM events ORDER BY events.transaction_id DESC, global_position DESC LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new GlobalCheckpoint(ulong.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetInt64(1))
            : null;
    }

    public async ValueTask DisposeAsync()
    {
        await ((PostgresEventStore)Store).DisposeAsync();
        await _dataSource.DisposeAsync();
    }
}
