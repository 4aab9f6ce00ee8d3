using System.Globalization;
using Npgsql;
using PureConnect.Persistence.EventStore;

namespace PureConnect.EventRelay;

/// <summary>The relay's persisted place in the global order (table <c>relay_checkpoints</c>).</summary>
public sealed class RelayCheckpoints(NpgsqlDataSource dataSource)
{
    public async Task<GlobalCheckpoint> ReadAsync(string relayName, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT transaction_id::text, position FROM relay_checkpoints WHERE relay_name = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = relayName });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new GlobalCheckpoint(ulong.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetInt64(1))
            : GlobalCheckpoint.Start;
    }

    public async Task SaveAsync(string relayName, GlobalCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO relay_checkpoints (relay_name, transaction_id, position) VALUES ($1, $2::xid8, $3)
            ON CONFLICT (relay_name) DO UPDATE SET transaction_id = excluded.transaction_id, position = excluded.position, updated_at = now()
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = relayName });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = checkpoint.TransactionId.ToString(CultureInfo.InvariantCulture) });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = checkpoint.Position });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
