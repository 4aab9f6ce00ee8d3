using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using PureConnect.Benchmarks.WholeSystem;
using PureConnect.TestSupport;

namespace PureConnect.Benchmarks;

/// <summary>One pgbench run: transactions per second, events per second and PostgreSQL's CPU per event.</summary>
public sealed record PgbenchFigures(string Name, int EventsPerTransaction, double TransactionsPerSecond, double PostgresCpuMicrosecondsPerEvent)
{
    public double EventsPerSecond => TransactionsPerSecond * EventsPerTransaction;
}

/// <summary>
/// The event store's append function against plain INSERTs into a table of the same shape (same columns, same indexes), run by
/// PostgreSQL's own pgbench at the same concurrency: one event per commit, and a batch of events per commit. The ratios are the
/// price of what the append adds (stream locks, the retry and version checks, the notification), independent of the machine.
/// </summary>
public static partial class PgbenchComparison
{
    private const string Payload = """{"interactionId":"1001000001","occurredAt":"2026-11-24T09:00:00Z","status":"Connected","remoteAddress":"+13175550100"}""";

    public static async Task<IReadOnlyList<PgbenchFigures>> RunAsync(PostgresServer postgres, string connectionString, int clients, int batch, TimeSpan duration)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("""
                CREATE TABLE IF NOT EXISTS bench_raw (LIKE events INCLUDING DEFAULTS INCLUDING INDEXES INCLUDING CONSTRAINTS);
                CREATE SEQUENCE IF NOT EXISTS bench_raw_position;
                ALTER TABLE bench_raw ALTER COLUMN global_position SET DEFAULT nextval('bench_raw_position');
                """, connection);
            await create.ExecuteNonQueryAsync();
        }

        var folder = Directory.CreateTempSubdirectory("pureconnect-pgbench-").FullName;
        try
        {
            var scripts = new (string Name, int Events, string Sql)[]
            {
                ("INSERT, 1 event per commit", 1, RawInsert(1)),
                ("append, 1 event per commit", 1, Append(1)),
                ($"INSERT, {batch} events per commit", batch, RawInsert(batch)),
                ($"append, {batch} streams per commit", batch, Append(batch)),
            };
            var figures = new List<PgbenchFigures>();
            var postmaster = PostmasterOf(connectionString);
            foreach (var (name, events, sql) in scripts)
            {
                var script = Path.Combine(folder, $"script{figures.Count}.sql");
                await File.WriteAllTextAsync(script, sql);
                var cpuBefore = ProcessCpu.Of(postmaster, includeChildren: true);
                var tps = await PgbenchAsync(postgres.Port, connectionString, script, clients, duration);
                var cpu = ProcessCpu.Of(postmaster, includeChildren: true) - cpuBefore;
                figures.Add(new PgbenchFigures(name, events, tps, cpu.TotalMicroseconds / Math.Max(1, tps * duration.TotalSeconds * events)));
            }

            return figures;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RawInsert(int events) => $"""
        INSERT INTO bench_raw (stream_id, stream_version, event_id, event_type, payload, metadata)
        SELECT 'raw-' || gen_random_uuid(), 1, gen_random_uuid(), 'V1.Bench', '{Payload}'::jsonb, '{"{}"}'::jsonb FROM generate_series(1, {events});
        """;

    private static string Append(int streams) => $"""
        SELECT * FROM append_events_batch(
            ARRAY(SELECT 'bench-' || gen_random_uuid() FROM generate_series(1, {streams})),
            array_fill(0::bigint, ARRAY[{streams}]), array_fill(1, ARRAY[{streams}]),
            ARRAY(SELECT gen_random_uuid() FROM generate_series(1, {streams})),
            array_fill('V1.Bench'::text, ARRAY[{streams}]), array_fill('{Payload}'::jsonb, ARRAY[{streams}]),
            array_fill('{"{}"}'::jsonb, ARRAY[{streams}]));
        """;

    private static async Task<double> PgbenchAsync(int port, string connectionString, string script, int clients, TimeSpan duration)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(PgbenchBinary(),
            ["-n", "-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-U", database.Username ?? "postgres",
             "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2", "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture),
             "-f", script, database.Database ?? "postgres"])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("pgbench did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var match = TpsPattern().Match(output);
        return process.ExitCode == 0 && match.Success
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"pgbench failed ({process.ExitCode}): {output}{errors}");
    }

    private static string PgbenchBinary() =>
        Directory.EnumerateDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal)
            .Select(d => Path.Combine(d, "bin", "pgbench")).FirstOrDefault(File.Exists)
        ?? throw new FileNotFoundException("pgbench was not found (Debian package postgresql-client).");

    private static int PostmasterOf(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)command.ExecuteScalar()!;
        var text = File.ReadAllText($"/proc/{backend}/stat");
        return int.Parse(text[(text.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsPattern();
}
