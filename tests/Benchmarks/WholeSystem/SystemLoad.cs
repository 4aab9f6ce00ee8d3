using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace PureConnect.Benchmarks.WholeSystem;

/// <summary>Figures of one step of the ramp (one offered rate).</summary>
public sealed record StepFigures(
    string Name,
    double OfferedPerSecond,
    long Calls,
    long CallsEnded,
    double Seconds,
    IReadOnlyDictionary<string, double> CpuMsPerCall,
    double ProductCpuMsPerCall,
    double MachineCpuMsPerCall,
    double LoadAverage,
    long RelayBacklogFirstHalfMax,
    long RelayBacklogSecondHalfMax,
    long CallLogsPendingFirstHalfMax,
    long CallLogsPendingSecondHalfMax,
    IReadOnlyList<(double Seconds, long SiloRssMb, double? Activations, double? HeapBytes)> Memory)
{
    public DateTimeOffset From { get; init; }

    public DateTimeOffset To { get; init; }

    public LatencySummary EmitToCommit { get; set; } = LatencySummary.Of([], 0);

    public LatencySummary EmitToBrowser { get; set; } = LatencySummary.Of([], 0);

    /// <summary>Backlogs bounded: the second half of the step ends no higher than the first half allowed for (a growing queue fails this).</summary>
    public bool BacklogBounded =>
        RelayBacklogSecondHalfMax <= Math.Max(2 * RelayBacklogFirstHalfMax, (long)(OfferedPerSecond * 30))
        && CallLogsPendingSecondHalfMax <= Math.Max(2 * CallLogsPendingFirstHalfMax, (long)(OfferedPerSecond * 5));

    public bool Sustained => BacklogBounded && EmitToCommit.Samples > 0 && EmitToCommit.P99 < 1000
        && Calls >= OfferedPerSecond * Seconds * 0.95 && CallsEnded >= Calls * 0.95;
}

/// <summary>
/// The honest capacity benchmark: the whole product as deployed (<see cref="ProductStack"/>), agents logged in with
/// their event streams open, offered a ramp of inbound call rates. For each rate: CPU per call of each process
/// (from /proc), the backlogs (relay, call logs), emission → commit latency (commit time from PostgreSQL's commit
/// timestamps, every emission counted, those never stored reported) and emission → agent's event stream latency.
/// </summary>
public static class SystemLoad
{
    private static readonly string[] ProductProcesses = ["agentapi", "icwsingest", "crmprojector", "postgresql"];

    public static async Task<IReadOnlyList<StepFigures>> RunAsync(SystemSettings settings, Action<string> progress, Action<StepFigures> stepDone)
    {
        await using var stack = await ProductStack.StartAsync(settings, progress);
        using var control = new HttpClient { BaseAddress = stack.CicServer.Url, Timeout = TimeSpan.FromSeconds(60) };
        using var operatorHttp = new HttpClient { BaseAddress = stack.AgentApi.Url, Timeout = TimeSpan.FromSeconds(30) };
        operatorHttp.DefaultRequestHeaders.Add("X-Operations-Key", ProductStack.OperationsKey);

        var receipts = new BrowserReceipts();
        var agents = Enumerable.Range(1, settings.Agents).Select(n => new BenchmarkAgent(ProductStack.AgentId(n), ProductStack.StationId(n), stack.AgentApi.Url)).ToList();
        try
        {
            // Two waves of log-ins: the first pays the one-off costs (caches, pools, code paths run once), so the heap per agent is
            // taken over the second wave only, between two full collections.
            var firstWave = Math.Clamp(agents.Count / 10, 1, agents.Count);
            var clock = Stopwatch.StartNew();
            await LogInAsync(agents.Take(firstWave), receipts);
            await Task.Delay(TimeSpan.FromSeconds(5));
            var heapBefore = await SiloHeapAfterFullCollectionAsync(stack, operatorHttp);
            await LogInAsync(agents.Skip(firstWave), receipts);
            progress($"{agents.Count} agents logged in, Available, event streams open ({clock.Elapsed.TotalSeconds:0} s)");
            await Task.Delay(TimeSpan.FromSeconds(5));
            var heapAfter = await SiloHeapAfterFullCollectionAsync(stack, operatorHttp);
            var secondWave = agents.Count - firstWave;
            progress(heapBefore is { } before && heapAfter is { } after && secondWave > 0
                ? $"silo heap after a full collection: {before / 1048576:N1} MB with {firstWave} agents in, {after / 1048576:N1} MB with all {agents.Count}: "
                  + $"{(after - before) / 1024 / secondWave:N1} KB per logged-in agent with its event stream"
                : "silo heap per agent: not measured (no heap metric)");

            // Warm-up (just-in-time compilation, pools, caches), not measured; then the idle cost of the logged-in agents.
            var warmUp = new EmissionCollector(control);
            await RunStepAsync("warm-up", Math.Min(20, settings.Rates[0]), TimeSpan.FromSeconds(30), settings, stack, control, operatorHttp, warmUp, _ => { });
            await DrainAsync(stack, TimeSpan.FromMinutes(2));
            var idleBefore = stack.CpuTimes();
            await Task.Delay(TimeSpan.FromSeconds(20));
            var idleAfter = stack.CpuTimes();
            progress("idle (no calls), CPU ms per second: " + string.Join(", ",
                idleAfter.Select(c => $"{c.Key} {(c.Value - idleBefore.GetValueOrDefault(c.Key)).TotalMilliseconds / 20:N1}")));

            var emissions = new EmissionCollector(control);
            var steps = new List<StepFigures>();
            var failuresInRow = 0;
            foreach (var rate in settings.Rates)
            {
                var step = await RunStepAsync($"{rate:0.#} calls/s", rate, settings.StepDuration, settings, stack, control, operatorHttp, emissions, progress);
                steps.Add(step);
                progress($"{step.Name}: {step.Calls:N0} calls, product CPU {step.ProductCpuMsPerCall:N1} ms/call, relay backlog {step.RelayBacklogSecondHalfMax:N0}, call logs pending {step.CallLogsPendingSecondHalfMax:N0}");
                failuresInRow = step.BacklogBounded ? 0 : failuresInRow + 1;
                if (failuresInRow >= settings.StopAfterFailures)
                {
                    progress("the backlog grew: the ramp stops here");
                    break;
                }
            }

            if (settings.Soak > TimeSpan.Zero)
            {
                var soakRate = steps.Where(s => s.BacklogBounded).Select(s => s.OfferedPerSecond).DefaultIfEmpty(settings.Rates[0]).Max();
                progress($"soak: {soakRate:0.#} calls/s for {settings.Soak.TotalMinutes:0} min");
                steps.Add(await RunStepAsync($"soak {soakRate:0.#} calls/s", soakRate, settings.Soak, settings, stack, control, operatorHttp, emissions, progress));
            }

            await PrintActivationsByTypeAsync(operatorHttp, progress);
            progress("load ended; waiting for the backlogs to drain");
            var drained = await DrainAsync(stack, TimeSpan.FromMinutes(5));
            progress(drained ? "drained" : "NOT drained after 5 minutes");
            await emissions.CollectAsync();

            await MeasureLatenciesAsync(stack.ConnectionString, emissions.All, receipts, steps, progress);
            foreach (var step in steps)
            {
                stepDone(step);
            }

            PrintAutovacuums(stack.Postgres.LogFile, steps, progress);
            await PrintTopStatementsAsync(stack.ConnectionString, progress);
            var lostStreams = agents.Sum(a => Interlocked.Read(ref a.StreamFailures));
            progress($"agent event streams: {agents.Sum(a => Interlocked.Read(ref a.EventsRead)):N0} events read, {lostStreams} stream failures");
            return steps;
        }
        finally
        {
            await Task.WhenAll(agents.Select(a => a.DisposeAsync().AsTask()));
        }
    }

    private static async Task<StepFigures> RunStepAsync(string name, double rate, TimeSpan duration, SystemSettings settings, ProductStack stack,
        HttpClient control, HttpClient operatorHttp, EmissionCollector emissions, Action<string> progress)
    {
        var from = DateTimeOffset.UtcNow;
        (await control.PostAsJsonAsync("/control/load", new
        {
            callsPerSecond = rate,
            workgroup = ProductStack.Workgroup,
            talkTimeMs = settings.TalkTimeMs,
            answerAfterMs = settings.AnswerAfterMs,
            durationSeconds = duration.TotalSeconds,
            agents = 0,
        })).EnsureSuccessStatusCode();

        var endedBefore = await CallsEndedAsync(stack.ConnectionString);
        var gcBefore = await SiloGcAsync(operatorHttp);
        var walBefore = await WalAsync(stack.ConnectionString);
        var cpuBefore = stack.CpuTimes();
        var machineBefore = ProcessCpu.MachineBusy();
        var clock = Stopwatch.StartNew();
        var relay = new List<(double, long)>();
        var pending = new List<(double, long)>();
        var memory = new List<(double, long, double?, double?)>();
        var loads = new List<double>();
        var nextReport = TimeSpan.FromSeconds(30);
        while (clock.Elapsed < duration)
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            stack.ThrowIfAnyExited();
            var at = clock.Elapsed.TotalSeconds;
            loads.Add(ProcessCpu.LoadAverage());
            relay.Add((at, await RelayBacklogAsync(stack.ConnectionString)));
            pending.Add((at, await CallLogsPendingAsync(stack.ConnectionString)));
            // The silo's metrics are read every 30 s only: a scrape enumerates its directory cache, work a real scraper does as seldom.
            var (activations, heap) = memory.Count % 6 == 0 ? await SiloMetricsAsync(operatorHttp) : (null, null);
            memory.Add((at, ProcessCpu.ResidentBytes(stack.AgentApi.ProcessId) / (1024 * 1024), activations, heap));
            await emissions.CollectAsync();
            if (clock.Elapsed >= nextReport)
            {
                progress($"  {name} at {clock.Elapsed.TotalSeconds:0} s: relay backlog {relay[^1].Item2:N0} events, call logs pending {pending[^1].Item2:N0}, silo {memory[^1].Item2:N0} MB, load {loads[^1]:0.0}");
                nextReport += TimeSpan.FromSeconds(30);
            }
        }

        var cpuAfter = stack.CpuTimes();
        var machineAfter = ProcessCpu.MachineBusy();
        var walAfter = await WalAsync(stack.ConnectionString);
        progress($"  {name}: PostgreSQL wrote {(walAfter.Bytes - walBefore.Bytes) / 1024.0 / Math.Max(1, await CallsEndedAsync(stack.ConnectionString) - endedBefore):0.0} KB of WAL per "
            + $"ended call; checkpoints {walAfter.Timed - walBefore.Timed} timed, {walAfter.Requested - walBefore.Requested} requested (WAL full)");
        if (gcBefore is not null && await SiloGcAsync(operatorHttp) is { } gcAfter)
        {
            var pause = gcAfter.PauseSeconds - gcBefore.PauseSeconds;
            progress($"  {name}: silo garbage collections {gcAfter.Gen0 - gcBefore.Gen0:N0} gen0, {gcAfter.Gen1 - gcBefore.Gen1:N0} gen1, "
                + $"{gcAfter.Gen2 - gcBefore.Gen2:N0} gen2; paused {pause:0.00} s in all ({100 * pause / clock.Elapsed.TotalSeconds:0.0} % of the step)");
        }

        var after = await LoadStatusAsync(control);
        // CPU per call counts the calls the product finished (their end stored), not those offered: a saturated system that
        // falls behind would otherwise look cheap.
        var ended = await CallsEndedAsync(stack.ConnectionString) - endedBefore;
        var calls = Math.Max(1, ended);
        var cpu = cpuAfter.ToDictionary(c => c.Key, c => (c.Value - cpuBefore.GetValueOrDefault(c.Key)).TotalMilliseconds / calls);
        var half = duration.TotalSeconds / 2;
        return new StepFigures(name, rate, after.Generated, ended, clock.Elapsed.TotalSeconds, cpu,
            ProductProcesses.Sum(p => cpu.GetValueOrDefault(p)), (machineAfter - machineBefore).TotalMilliseconds / calls, loads.DefaultIfEmpty(0).Average(),
            relay.Where(r => r.Item1 <= half).Select(r => r.Item2).DefaultIfEmpty(0).Max(),
            relay.Where(r => r.Item1 > half).Select(r => r.Item2).DefaultIfEmpty(0).Max(),
            pending.Where(r => r.Item1 <= half).Select(r => r.Item2).DefaultIfEmpty(0).Max(),
            pending.Where(r => r.Item1 > half).Select(r => r.Item2).DefaultIfEmpty(0).Max(),
            memory)
        {
            From = from,
            To = from + clock.Elapsed,
        };
    }

    private sealed record LoadCounters(long Generated, long Completed);

    private static async Task<LoadCounters> LoadStatusAsync(HttpClient control)
    {
        var load = await control.GetFromJsonAsync<JsonElement>("/control/load");
        return new LoadCounters(load.GetProperty("callsGenerated").GetInt64(), load.GetProperty("callsCompleted").GetInt64());
    }

    private static async Task<long> RelayBacklogAsync(string connectionString) => await ScalarAsync(connectionString, """
        SELECT count(*) FROM events e
        WHERE (e.transaction_id, e.global_position) > (
            coalesce((SELECT c.transaction_id FROM relay_checkpoints c ORDER BY c.transaction_id DESC, c.position DESC LIMIT 1), '0'::xid8),
            coalesce((SELECT c.position FROM relay_checkpoints c ORDER BY c.transaction_id DESC, c.position DESC LIMIT 1), 0::bigint))
        """); // two scalar subqueries, not one record: the row comparison then uses the (transaction_id, global_position) index

    private static Task<long> CallsEndedAsync(string connectionString) =>
        ScalarAsync(connectionString, "SELECT count(*) FROM events WHERE event_type = 'V1.InteractionDisconnected'");

    private static Task<long> CallLogsPendingAsync(string connectionString) => ScalarAsync(connectionString, "SELECT count(*) FROM call_logs WHERE dirty");

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static Task LogInAsync(IEnumerable<BenchmarkAgent> agents, BrowserReceipts receipts) =>
        Parallel.ForEachAsync(agents, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (agent, _) =>
        {
            await agent.LogInAvailableAsync(ProductStack.Password);
            agent.StartReading(receipts.Seen);
        });

    /// <summary>The silo's heap right after a full, blocking collection (<see cref="HeapProbe"/>): what is live.</summary>
    private static async Task<double?> SiloHeapAfterFullCollectionAsync(ProductStack stack, HttpClient operatorHttp)
    {
        await HeapProbe.CollectAsync(stack.AgentApi.ProcessId);
        return (await SiloMetricsAsync(operatorHttp)).HeapBytes;
    }

    /// <summary>Live grain activations in the silo, from its Prometheus metrics; null when the metric is not found.</summary>
    private static async Task<(double? Activations, double? HeapBytes)> SiloMetricsAsync(HttpClient operatorHttp)
    {
        try
        {
            var text = await operatorHttp.GetStringAsync("/metrics");
            // One series per grain type (orleans_catalog_activations{...,type="..."} N) and per generation for the heap.
            return (Sum(text, "orleans_catalog_activations"), Sum(text, "dotnet_gc_last_collection_heap_size_bytes"));
        }
        catch (HttpRequestException)
        {
        }

        return (null, null);
    }

    private sealed record WalCounters(long Bytes, long Timed, long Requested);

    private static async Task<WalCounters> WalAsync(string connectionString) => new(
        await ScalarAsync(connectionString, "SELECT wal_bytes::bigint FROM pg_stat_wal"),
        await ScalarAsync(connectionString, "SELECT checkpoints_timed FROM pg_stat_bgwriter"),
        await ScalarAsync(connectionString, "SELECT checkpoints_req FROM pg_stat_bgwriter"));

    private sealed record GcCounters(double Gen0, double Gen1, double Gen2, double PauseSeconds);

    /// <summary>The silo's collections per generation and its total GC pause so far (the runtime's counters); null if not exported.</summary>
    private static async Task<GcCounters?> SiloGcAsync(HttpClient operatorHttp)
    {
        try
        {
            var text = await operatorHttp.GetStringAsync("/metrics");
            double Generation(string gen) => text.Split('\n')
                .Where(l => l.StartsWith("dotnet_gc_collections_total{", StringComparison.Ordinal) && l.Contains($"\"{gen}\"", StringComparison.Ordinal))
                .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
            return Sum(text, "dotnet_gc_pause_time_seconds_total") is { } pause
                ? new GcCounters(Generation("gen0"), Generation("gen1"), Generation("gen2"), pause)
                : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task PrintActivationsByTypeAsync(HttpClient operatorHttp, Action<string> progress)
    {
        var text = await operatorHttp.GetStringAsync("/metrics");
        var lines = text.Split('\n').Where(l => l.StartsWith("orleans_catalog_activations{", StringComparison.Ordinal))
            .Select(l => (Text: l[(l.IndexOf('{') + 1)..l.LastIndexOf('}')], Count: double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)))
            .OrderByDescending(l => l.Count).Take(6);
        progress("silo activations by type at the end of the load: " + string.Join("; ", lines.Select(l => $"{l.Count:N0} {l.Text}")));
    }

    private static double? Sum(string metrics, string name)
    {
        double? total = null;
        foreach (var line in metrics.Split('\n'))
        {
            if (line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            {
                total = (total ?? 0) + double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    private static async Task<bool> DrainAsync(ProductStack stack, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var quietSince = clock.Elapsed;
        var last = -1L;
        while (clock.Elapsed < timeout)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var relay = await RelayBacklogAsync(stack.ConnectionString);
            var pending = await CallLogsPendingAsync(stack.ConnectionString);
            var events = await ScalarAsync(stack.ConnectionString, "SELECT coalesce(max(global_position), 0) FROM events");
            if (events != last || relay > 0 || pending > 0)
            {
                (last, quietSince) = (events, clock.Elapsed);
            }
            else if (clock.Elapsed - quietSince > TimeSpan.FromSeconds(10))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task MeasureLatenciesAsync(string connectionString, IReadOnlyList<Emission> emissions, BrowserReceipts receipts, List<StepFigures> steps,
        Action<string> progress)
    {
        var committed = new Dictionary<(string InteractionId, string EventType), double>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                SELECT d.payload->>'interactionId', e.event_type,
                       extract(epoch FROM pg_xact_commit_timestamp(e.transaction_id::text::xid)) * 1000
                FROM events e JOIN events d ON d.stream_id = e.stream_id AND d.event_type = 'V1.InteractionDiscovered'
                WHERE e.stream_id LIKE 'interaction-%'
                  AND e.event_type IN ('V1.InteractionAlerting', 'V1.InteractionConnected', 'V1.InteractionDisconnected')
                """, connection) { CommandTimeout = 600 };
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                committed.TryAdd((reader.GetString(0), reader.GetString(1)), reader.GetDouble(2));
            }
        }

        foreach (var step in steps)
        {
            var (fromMs, toMs) = (step.From.ToUnixTimeMilliseconds(), step.To.ToUnixTimeMilliseconds());
            var toCommit = new List<double>();
            var toBrowser = new List<double>();
            var byInterval = new SortedDictionary<long, List<double>>();
            int unstored = 0, unseen = 0;
            foreach (var emission in emissions)
            {
                if (emission.EmittedAtUnixMs < fromMs || emission.EmittedAtUnixMs >= toMs || emission.Expected is not { } expected)
                {
                    continue;
                }

                if (committed.TryGetValue((emission.InteractionId, expected.EventType), out var commitMs))
                {
                    toCommit.Add(commitMs - emission.EmittedAtUnixMs);
                    var interval = (emission.EmittedAtUnixMs - fromMs) / 10_000;
                    if (!byInterval.TryGetValue(interval, out var latencies))
                    {
                        latencies = [];
                        byInterval[interval] = latencies;
                    }

                    latencies.Add(commitMs - emission.EmittedAtUnixMs);
                }
                else
                {
                    unstored++;
                }

                if (receipts.TryGet(emission.InteractionId, expected.Status, out var seenMs))
                {
                    toBrowser.Add(seenMs - emission.EmittedAtUnixMs);
                }
                else
                {
                    unseen++;
                }
            }

            step.EmitToCommit = LatencySummary.Of(toCommit, unstored);
            // When in the step the tail happened: a steady tail and an episode of a few seconds look alike in the step's percentiles.
            progress($"{step.Name}: emit → commit p99 / max by 10 s of the step: " + string.Join(", ", byInterval.Select(b =>
            {
                var sorted = b.Value.Order().ToList();
                return $"{b.Key * 10}s {sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(sorted.Count * 0.99) - 1)]:0}/{sorted[^1]:0}";
            })));
            step.EmitToBrowser = LatencySummary.Of(toBrowser, unseen);
        }
    }

    // When PostgreSQL's autovacuum and autoanalyze ran in each step (the server logs each run when it ends, with its time),
    // to line up with the latency by 10 s above.
    private static void PrintAutovacuums(string serverLog, List<StepFigures> steps, Action<string> progress)
    {
        var runs = AutovacuumLog.Parse(File.ReadLines(serverLog));
        foreach (var step in steps)
        {
            var inStep = runs.Where(r => r.EndedAt >= step.From && r.EndedAt < step.To).ToList();
            progress($"{step.Name}: autovacuum ({inStep.Count}) at " + (inStep.Count == 0 ? "none" : string.Join(", ", inStep.Select(r =>
                $"{(r.EndedAt - step.From).TotalSeconds:0}s {r.Kind} {r.Table} {r.Elapsed.TotalMilliseconds:0} ms"))));
        }
    }

    private static async Task PrintTopStatementsAsync(string connectionString, Action<string> progress)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT calls, total_exec_time, left(regexp_replace(query, '\s+', ' ', 'g'), 110)
            FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            ORDER BY total_exec_time DESC LIMIT 12
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        progress("PostgreSQL statements by execution time (calls, total ms, statement):");
        while (await reader.ReadAsync())
        {
            progress($"  {reader.GetInt64(0),9:N0} {reader.GetDouble(1),10:N0}  {reader.GetString(2)}");
        }

        await reader.CloseAsync();
        await using var types = new NpgsqlCommand("""
            SELECT split_part(stream_id, '-', 1), event_type, count(*) FROM events GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 25
            """, connection);
        await using var typeReader = await types.ExecuteReaderAsync();
        progress("Events stored (stream kind, type, count):");
        while (await typeReader.ReadAsync())
        {
            progress($"  {typeReader.GetString(0),-12} {typeReader.GetString(1),-40} {typeReader.GetInt64(2),9:N0}");
        }
    }

    /// <summary>Reads the simulator's emission log incrementally and keeps the first emission of each (interaction, state).</summary>
    private sealed class EmissionCollector(HttpClient control)
    {
        private readonly List<Emission> _all = [];
        private readonly HashSet<(string, string)> _seen = [];
        private long _since = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        public IReadOnlyList<Emission> All => _all;

        public async Task CollectAsync()
        {
            var batch = await control.GetFromJsonAsync<JsonElement>($"/control/emissions?since={_since}");
            foreach (var entry in batch.EnumerateArray())
            {
                var emission = new Emission(entry.GetProperty("interactionId").GetString()!, entry.GetProperty("state").GetString()!, entry.GetProperty("emittedAtUnixMs").GetInt64());
                if (_seen.Add((emission.InteractionId, emission.State)))
                {
                    _all.Add(emission);
                }

                _since = Math.Max(_since, emission.EmittedAtUnixMs);
            }
        }
    }
}
