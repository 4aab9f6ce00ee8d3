using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using PureConnect.Benchmarks.WholeSystem;
using PureConnect.Grains.Agents;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;
using PureConnect.Replay.CommandLine;
using PureConnect.Replay.Reading;
using PureConnect.Replay.Reports;
using PureConnect.Replay.Reports.AgentDays;

namespace PureConnect.Benchmarks;

/// <summary>The analyst's replay against PostgreSQL's own read of the same rows, at growing sizes of the event log.</summary>
public sealed record ReplaySettings(int Agents, int CallsPerAgentHour, int Days, int PageSize);

/// <param name="Events">Events in the log when measured.</param>
/// <param name="RawSeconds">COPY of the rows the replay reads (same columns, same global order) to the client, best of two.</param>
/// <param name="ReplaySeconds">The agent/day report over the whole log, as the replay tool runs it, best of two.</param>
/// <param name="ReplayCpuSeconds">The benchmark process's CPU during the better replay run (reading, decoding, folding).</param>
public sealed record ReplayFigures(int Days, long Events, double RawSeconds, double ReplaySeconds, double ReplayCpuSeconds, int ReportRows)
{
    public double RawPerSecond => Events / RawSeconds;

    public double ReplayPerSecond => Events / ReplaySeconds;

    public double Ratio => ReplayPerSecond / RawPerSecond;

    public double ReplayMicrosecondsPerEvent => ReplaySeconds * 1e6 / Events;
}

public static class ReplayThroughput
{
    private static readonly DateTimeOffset FirstDay = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly EventSerializer Serializer = EventSerializer.ForContracts();

    /// <summary>Generates the log a day at a time and measures after days 1, 2, 4, … and the last.</summary>
    public static async Task<IReadOnlyList<ReplayFigures>> RunAsync(string connectionString, ReplaySettings settings, Action<string> progress)
    {
        var figures = new List<ReplayFigures>();
        var events = 0L;
        var versions = new Dictionary<string, long>(StringComparer.Ordinal); // an agent's stream goes on from day to day
        for (var day = 1; day <= settings.Days; day++)
        {
            var clock = Stopwatch.StartNew();
            events += await GenerateDayAsync(connectionString, settings, day, versions);
            progress($"day {day} generated: {events:N0} events in the log ({clock.Elapsed.TotalSeconds:0} s)");
            if (day == settings.Days || (day & (day - 1)) == 0)
            {
                await AnalyzeAsync(connectionString);
                figures.Add(await MeasureAsync(connectionString, settings, day, events));
                var last = figures[^1];
                progress($"  {last.Events:N0} events: COPY {last.RawPerSecond:N0}/s, replay {last.ReplayPerSecond:N0}/s ({last.Ratio:0.00}×), "
                    + $"{last.ReplayMicrosecondsPerEvent:0.0} µs per event");
            }
        }

        return figures;
    }

    private static async Task<ReplayFigures> MeasureAsync(string connectionString, ReplaySettings settings, int days, long events)
    {
        var raw = double.MaxValue;
        var (replay, replayCpu, rows) = (double.MaxValue, 0.0, 0);
        for (var round = 0; round < 2; round++)
        {
            raw = Math.Min(raw, await CopyOutAsync(connectionString));
            var (seconds, cpu, reportRows) = await ReplayAsync(connectionString, settings.PageSize);
            if (seconds < replay)
            {
                (replay, replayCpu, rows) = (seconds, cpu, reportRows);
            }
        }

        return new ReplayFigures(days, events, raw, replay, replayCpu, rows);
    }

    /// <summary>PostgreSQL's own read rate of the rows the replay reads: the event store's columns, in global order, to this client.</summary>
    private static async Task<double> CopyOutAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        await using (var reader = await connection.BeginRawBinaryCopyAsync("""
            COPY (SELECT event_id, stream_id, stream_version, global_position, event_type, payload::text, metadata::text, recorded_at,
                         transaction_id::text
                  FROM events ORDER BY transaction_id, global_position) TO STDOUT (FORMAT binary)
            """))
        {
            var buffer = new byte[1 << 16];
            while (await reader.ReadAsync(buffer, 0, buffer.Length) > 0)
            {
            }
        }

        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>The replay tool's agent/day report: the read-only store, the gap-safe reader in pages, decoding, the fold.</summary>
    private static async Task<(double Seconds, double CpuSeconds, int Rows)> ReplayAsync(string connectionString, int pageSize)
    {
        await using var store = new ReadOnlyEventStore(connectionString);
        var cpuBefore = ProcessCpu.Of(Environment.ProcessId);
        var clock = Stopwatch.StartNew();
        var session = new ReplaySession(new AgentDayReport(ReportRange.All), ReportRange.All, Serializer);
        var until = await store.LastCheckpointAsync(CancellationToken.None);
        await new EventLogReader(store.Store, pageSize, until, TimeSpan.FromMilliseconds(200))
            .ReadAllAsync(session.Accept, _ => { }, CancellationToken.None);
        var table = session.Finish();
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = (ProcessCpu.Of(Environment.ProcessId) - cpuBefore).TotalSeconds;
        if (session.Issues.UnknownCount > 0 || session.Issues.Corrupt.Count > 0)
        {
            throw new InvalidOperationException("The generated log did not replay cleanly: the benchmark's events are out of date.");
        }

        return (seconds, cpu, table.Rows.Count);
    }

    private static async Task AnalyzeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("VACUUM ANALYZE events", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// One working day of every agent, stored as the grains store it (the same event types and payloads, about 13 events per
    /// call on the agent's and the interaction's streams), in time order, in transactions of a few thousand events.
    /// </summary>
    private static async Task<long> GenerateDayAsync(string connectionString, ReplaySettings settings, int day, Dictionary<string, long> versions)
    {
        var random = new Random(day);
        var date = FirstDay.AddDays(day - 1);
        var events = new List<(DateTimeOffset At, string Stream, object Event)>();
        for (var a = 1; a <= settings.Agents; a++)
        {
            AddAgentDay(events, random, date, day, $"replay-agent-{a}", settings.CallsPerAgentHour);
        }

        // Stable: a stream's events at the same instant keep the order they were decided in.
        var ordered = events.OrderBy(e => e.At).ToList();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var chunk in ordered.Chunk(5_000))
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var writer = await connection.BeginBinaryImportAsync(
                "COPY events (stream_id, stream_version, event_id, event_type, payload, metadata, recorded_at) FROM STDIN (FORMAT binary)"))
            {
                foreach (var (at, stream, @event) in chunk)
                {
                    var version = versions[stream] = versions.GetValueOrDefault(stream) + 1;
                    await writer.StartRowAsync();
                    await writer.WriteAsync(stream, NpgsqlDbType.Text);
                    await writer.WriteAsync(version, NpgsqlDbType.Bigint);
                    await writer.WriteAsync(Guid.CreateVersion7(at), NpgsqlDbType.Uuid);
                    await writer.WriteAsync(Serializer.NameOf(@event), NpgsqlDbType.Text);
                    await writer.WriteAsync(Serializer.Serialize(@event), NpgsqlDbType.Jsonb);
                    await writer.WriteAsync("""{"source":"ReplayBenchmark"}""", NpgsqlDbType.Jsonb);
                    await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
                }

                await writer.CompleteAsync();
            }

            await transaction.CommitAsync();
        }

        return events.Count;
    }

    private static void AddAgentDay(List<(DateTimeOffset, string, object)> events, Random random, DateTimeOffset date, int day, string agent, int callsPerHour)
    {
        var agentStream = $"agent-{agent}";
        var start = date.AddHours(8).AddMinutes(random.Next(0, 30));
        var end = date.AddHours(17).AddMinutes(random.Next(0, 30));
        var lunch = date.AddHours(12).AddMinutes(random.Next(0, 60));
        events.Add((start, agentStream, new AgentLoggedIn($"s-{agent}-{day}", StationSelection.Workstation($"station-{agent}"), start)));
        events.Add((start, agentStream, new AgentStatusChanged("Available", null, null, null, start)));
        events.Add((lunch, agentStream, new AgentStatusChanged("Lunch", null, null, null, lunch)));
        events.Add((lunch.AddMinutes(45), agentStream, new AgentStatusChanged("Available", null, null, null, lunch.AddMinutes(45))));
        events.Add((end, agentStream, new AgentLoggedOut("Logout", end)));

        var gap = TimeSpan.FromHours(1) / callsPerHour;
        var n = 0;
        for (var at = start.AddMinutes(1); at < end.AddMinutes(-10); at += gap * (0.5 + random.NextDouble()))
        {
            if (at >= lunch && at < lunch.AddMinutes(45))
            {
                continue;
            }

            n++;
            var id = $"{day:00}{agent[13..]}{n:0000}";
            var stream = $"interaction-{id}";
            var answered = random.NextDouble() < 0.9;
            var talk = TimeSpan.FromSeconds(random.Next(30, 400));
            var connected = at.AddSeconds(random.Next(3, 15));
            var ended = answered ? connected + talk : at.AddSeconds(25);
            events.Add((at, stream, new InteractionDiscovered(id, "Call", InteractionDirection.Inbound, $"+1317555{random.Next(0, 10_000):0000}",
                "Caller", "Sales", false, at, at)));
            events.Add((at, stream, new InteractionAssigned(agent, at)));
            events.Add((at, stream, new InteractionAlerting(agent, at)));
            events.Add((at, agentStream, new InteractionQueued(id, id, at)));
            if (answered)
            {
                events.Add((connected, stream, new InteractionConnected(connected)));
                events.Add((connected, agentStream, new AgentOnPhoneChanged(true, connected)));
                if (random.NextDouble() < 0.2)
                {
                    events.Add((connected.AddSeconds(10), stream, new InteractionHeld(connected.AddSeconds(10))));
                    events.Add((connected.AddSeconds(20), stream, new InteractionRetrieved(connected.AddSeconds(20))));
                }
            }

            events.Add((ended, stream, new InteractionDisconnected(DisconnectedBy.Remote, ended)));
            events.Add((ended, agentStream, new AgentOnPhoneChanged(false, ended)));
            events.Add((ended, agentStream, new CallRecorded(id, "Caller", "+13175550100", at, InteractionDirection.Inbound,
                answered ? connected : null, ended, false, ended)));
            if (answered)
            {
                events.Add((ended, stream, new WrapUpPrompted(agent, "Sales", [], "Ambiguous", ended.AddMinutes(2), ended)));
                var code = random.NextDouble() < 0.5 ? "Sale" : "No Sale";
                events.Add((ended.AddSeconds(20), stream, new WrapUpAssigned(code, code, agent, ended.AddSeconds(20))));
            }

            events.Add((ended.AddSeconds(5), stream, new InteractionDeallocated(ended.AddSeconds(5))));
            events.Add((ended.AddSeconds(5), agentStream, new InteractionDequeued(id, false, ended.AddSeconds(5))));
        }
    }
}
