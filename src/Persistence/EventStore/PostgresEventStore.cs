using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace PureConnect.Persistence.EventStore;

/// <summary>
/// <see cref="IEventStore"/> on the schema of <c>Migrations/</c>. Appends are group-committed
/// (<see cref="AppendBatcher"/>, <c>append_events_batch</c>): concurrent appends share a round trip and a
/// commit, each with its own outcome; an append alone is one round trip, as before. An append whose text
/// PostgreSQL cannot store fails alone with <see cref="UnstorableEventException"/>, before any round trip.
/// </summary>
/// <param name="appendFlushers">Appends in flight at once (each a transaction of its own).</param>
/// <param name="notifyInterval">Shortest time between two <c>events_appended</c> notifications (null: 20 ms).</param>
public sealed class PostgresEventStore(NpgsqlDataSource dataSource, int appendFlushers = 4, TimeSpan? notifyInterval = null) : IEventStore, IAsyncDisposable
{
    public static readonly TimeSpan DefaultNotifyInterval = TimeSpan.FromMilliseconds(20);

    private readonly AppendBatcher _batcher = new(dataSource, appendFlushers, notifyInterval ?? DefaultNotifyInterval);

    private const string EventColumns =
        "event_id, stream_id, stream_version, global_position, event_type, payload::text, metadata::text, recorded_at, transaction_id::text AS transaction_id_text";

    public Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("An append needs at least one event.", nameof(events));
        }

        StorableText.ThrowIfUnstorable(streamId, events);

        return _batcher.AppendAsync(streamId, expectedVersion, events, cancellationToken);
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        return TransientRetry.RunAsync(async ct =>
        {
            await using var command = dataSource.CreateCommand(
                $"SELECT {EventColumns} FROM events WHERE stream_id = $1 AND stream_version > $2 ORDER BY stream_version");
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterVersion });
            return await ReadEventsAsync(command, ct);
        }, cancellationToken);
    }

    public Task<long> GetStreamVersionAsync(string streamId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        return TransientRetry.RunAsync(async ct =>
        {
            await using var command = dataSource.CreateCommand("SELECT coalesce(max(stream_version), 0) FROM events WHERE stream_id = $1");
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
            return (long)(await command.ExecuteScalarAsync(ct))!;
        }, cancellationToken);
    }

    /// <remarks>
    /// Gap-safe: an event is returned only when its transaction id is below the xmin of the query's snapshot,
    /// that is when every transaction that could still commit an earlier position has ended; as append_events
    /// allocates transaction ids and positions in one order, the result is always a gap-free prefix. A long
    /// transaction anywhere on the server (any database) holds the mark back until it ends.
    /// </remarks>
    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(GlobalCheckpoint after, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return TransientRetry.RunAsync(async ct =>
        {
            await using var command = dataSource.CreateCommand(
                $"""
                SELECT {EventColumns} FROM events
                WHERE (transaction_id, global_position) > ($1::xid8, $2)
                  AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
                ORDER BY transaction_id, global_position
                LIMIT $3
                """);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = after.TransactionId.ToString(CultureInfo.InvariantCulture) });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after.Position });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxCount });
            return await ReadEventsAsync(command, ct);
        }, cancellationToken);
    }

    public Task<StreamTail> ReadLatestAsync(string streamId, string snapshotType, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentException.ThrowIfNullOrEmpty(snapshotType);
        return TransientRetry.RunAsync(async ct =>
        {
            // One statement: the events' lower bound comes from the same snapshot row that is returned, so a snapshot written
            // meanwhile can never make the read skip events (two statements could each see a different snapshot).
            await using var command = dataSource.CreateCommand(
                $"""
                WITH s AS (SELECT stream_version, payload::text AS payload FROM snapshots WHERE stream_id = $1 AND snapshot_type = $2)
                SELECT true AS is_snapshot, NULL::uuid, $1, s.stream_version, 0::bigint, $2, s.payload, NULL::text, NULL::timestamptz, NULL::text
                FROM s
                UNION ALL
                SELECT false, {EventColumns} FROM events
                WHERE stream_id = $1 AND stream_version > coalesce((SELECT stream_version FROM s), 0)
                ORDER BY 1 DESC, 4
                """);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = snapshotType });
            await using var reader = await command.ExecuteReaderAsync(ct);
            Snapshot? snapshot = null;
            var events = new List<RecordedEvent>();
            while (await reader.ReadAsync(ct))
            {
                if (reader.GetBoolean(0))
                {
                    snapshot = new Snapshot(streamId, reader.GetInt64(3), snapshotType, reader.GetString(6));
                }
                else
                {
                    events.Add(ReadEvent(reader, offset: 1));
                }
            }

            return new StreamTail(snapshot, events);
        }, cancellationToken);
    }

    public Task<Snapshot?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        return TransientRetry.RunAsync(async ct =>
        {
            await using var command = dataSource.CreateCommand(
                "SELECT stream_version, snapshot_type, payload::text FROM snapshots WHERE stream_id = $1");
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct)
                ? new Snapshot(streamId, reader.GetInt64(0), reader.GetString(1), reader.GetString(2))
                : null;
        }, cancellationToken);
    }

    public Task WriteSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrEmpty(snapshot.StreamId);
        return TransientRetry.RunAsync(async ct =>
        {
            await using var command = dataSource.CreateCommand(
                """
                INSERT INTO snapshots (stream_id, stream_version, snapshot_type, payload)
                VALUES ($1, $2, $3, $4)
                ON CONFLICT (stream_id) DO UPDATE
                SET stream_version = excluded.stream_version, snapshot_type = excluded.snapshot_type,
                    payload = excluded.payload, updated_at = now()
                WHERE snapshots.stream_version <= excluded.stream_version
                """);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = snapshot.StreamId });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = snapshot.StreamVersion });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = snapshot.SnapshotType });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = snapshot.JsonPayload, NpgsqlDbType = NpgsqlDbType.Jsonb });
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
    }

    private static async Task<IReadOnlyList<RecordedEvent>> ReadEventsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var events = new List<RecordedEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(ReadEvent(reader, offset: 0));
        }

        return events;
    }

    /// <summary>An event from the columns of <see cref="EventColumns"/>, starting at column <paramref name="offset"/>.</summary>
    private static RecordedEvent ReadEvent(NpgsqlDataReader reader, int offset) => new(
        reader.GetGuid(offset),
        reader.GetString(offset + 1),
        reader.GetInt64(offset + 2),
        reader.GetInt64(offset + 3),
        reader.GetString(offset + 4),
        reader.GetString(offset + 5),
        EventMetadataJson.Read(reader.GetString(offset + 6)),
        reader.GetFieldValue<DateTimeOffset>(offset + 7),
        ulong.Parse(reader.GetString(offset + 8), CultureInfo.InvariantCulture));

    public ValueTask DisposeAsync() => _batcher.DisposeAsync();
}
