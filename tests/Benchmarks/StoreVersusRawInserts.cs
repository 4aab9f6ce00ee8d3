using System.Diagnostics;
using Npgsql;
using PureConnect.Persistence.EventStore;

namespace PureConnect.Benchmarks;

/// <summary>
/// Event-store appends against plain single-row INSERT + commit on the same PostgreSQL at the same
/// concurrency: the ratio is the event store's overhead, independent of the machine.
/// </summary>
public static class StoreVersusRawInserts
{
    private const string Payload = """{"interactionId":"1001000001","occurredAt":"2026-11-24T09:00:00Z","status":"Connected"}""";

    public static async Task<(double RawPerSecond, double AppendsPerSecond)> RunAsync(string connectionString, int concurrency, TimeSpan duration)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var create = dataSource.CreateCommand(
                         "CREATE TABLE IF NOT EXISTS bench_raw (id bigint generated always as identity primary key, stream_id text not null, payload jsonb not null, recorded_at timestamptz not null default now())"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var raw = await RunLoopsAsync(concurrency, duration, async (worker, i) =>
        {
            await using var insert = dataSource.CreateCommand("INSERT INTO bench_raw (stream_id, payload) VALUES ($1, $2::jsonb)");
            insert.Parameters.AddWithValue($"raw-{worker}-{i / 50}");
            insert.Parameters.AddWithValue(Payload);
            await insert.ExecuteNonQueryAsync();
        });

        var store = new PostgresEventStore(dataSource);
        var versions = new long[concurrency];
        var runId = Guid.NewGuid().ToString("N")[..8];
        var appends = await RunLoopsAsync(concurrency, duration, async (worker, i) =>
        {
            var stream = $"bench-{runId}-{worker}-{i / 50}";
            var expected = i % 50 == 0 ? 0 : versions[worker];
            var result = await store.AppendAsync(stream, expected, [new EventData(Guid.CreateVersion7(), "V1.Bench", Payload, EventMetadata.Empty)]);
            if (result.Outcome != AppendOutcome.Appended)
            {
                throw new InvalidOperationException($"Append to {stream} returned {result.Outcome}");
            }

            versions[worker] = result.StreamVersion;
        });

        return (raw, appends);
    }

    private static async Task<double> RunLoopsAsync(int concurrency, TimeSpan duration, Func<int, long, Task> operation)
    {
        var clock = Stopwatch.StartNew();
        var counts = new long[concurrency];
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            for (long i = 0; clock.Elapsed < duration; i++)
            {
                await operation(worker, i);
                counts[worker]++;
            }
        })));
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }
}
