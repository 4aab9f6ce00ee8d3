using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Npgsql;
using PureConnect.AgentApi;
using PureConnect.IcwsIngest;
using PureConnect.Simulators.CicServer;
using PureConnect.Simulators.CicServer.Options;
using PureConnect.TestSupport;

namespace PureConnect.Benchmarks;

public sealed record LoadSettings(int Agents, double CallsPerSecond, TimeSpan Duration, int TalkTimeMs, int AnswerAfterMs, int Lanes);

public sealed record LoadFigures(long Messages, double MessagesPerSecond, TimeSpan DrainTime, long Events, int LatencySamples, double P50Ms, double P99Ms, long CallsGenerated);

/// <summary>
/// Drives the CIC simulator's load generator through the real ingest (SSE, Orleans client) into the grains and
/// the event store, and measures messages per second and the delay from the simulator enqueuing a state
/// change to the matching event being stored.
/// </summary>
public static class EndToEndLoad
{
    private const string Workgroup = "Load";
    private const string Monitor = "load-monitor";

    public static async Task<LoadFigures> RunAsync(string connectionString, LoadSettings settings, Action<string> progress)
    {
        var agents = Enumerable.Range(1, settings.Agents).Select(n => $"load-agent-{n}").ToList();
        await using var simulator = CicServerApplication.Build(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Error"], o =>
        {
            o.Users = [.. agents.Select(a => new UserSeed { UserId = a, Password = "1234" }), new UserSeed { UserId = Monitor, Password = "1234", CanMonitorQueues = true }];
            o.Workgroups = [new WorkgroupSeed { Name = Workgroup, Members = agents }];
            o.DeallocationDelay = TimeSpan.FromMilliseconds(500);
            o.MaxInteractionsPerQueueMessage = 1; // one ICWS message per interaction change: the ingest's worst case
            o.Seed = 42;
        });
        await simulator.StartAsync();
        var simulatorUri = new Uri(simulator.Urls.First());
        using var control = new HttpClient { BaseAddress = simulatorUri };

        var clusterId = $"bench-{Guid.NewGuid():N}";
        var quiet = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Critical", ["Urls"] = "http://127.0.0.1:0" };
        await using var api = AgentApiApplication.Build([], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(quiet)
        {
            ["ConnectionStrings:pureconnect"] = connectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:Endpoints:SiloPort"] = PostgresServer.FindFreeTcpPort().ToString(),
            ["Orleans:Endpoints:GatewayPort"] = PostgresServer.FindFreeTcpPort().ToString(),
            ["Cic:ServerUri"] = simulatorUri.ToString(),
        }));
        await api.StartAsync();

        var ingestSettings = new Dictionary<string, string?>(quiet)
        {
            ["ConnectionStrings:pureconnect"] = connectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Cic:ServerUri"] = simulatorUri.ToString(),
            ["Ingest:MonitorUserId"] = Monitor,
            ["Ingest:MonitorPassword"] = "1234",
            ["Ingest:Lanes"] = settings.Lanes.ToString(),
        };
        for (var i = 0; i < agents.Count; i++)
        {
            ingestSettings[$"Ingest:Users:{i}"] = agents[i];
        }

        await using var ingest = IcwsIngestApplication.Build([], b => b.Configuration.AddInMemoryCollection(ingestSettings));
        await ingest.StartAsync();
        using var ingestHttp = new HttpClient { BaseAddress = new Uri(ingest.Urls.First()) };
        await WaitUntilAsync(async () => (await ingestHttp.GetAsync("/health")).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "the ingest to be healthy");
        progress($"stack up: {settings.Agents} agents, ingest with {settings.Lanes} lanes");

        long messages = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == IngestMetrics.MeterName && instrument.Name == "pureconnect.ingest.messages_received")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref messages, value));
        listener.Start();

        var eventsBefore = await CountEventsAsync(connectionString);
        var startedUnixMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var messagesAtStart = Interlocked.Read(ref messages);
        var clock = Stopwatch.StartNew();
        (await control.PostAsJsonAsync("/control/load", new
        {
            callsPerSecond = settings.CallsPerSecond,
            workgroup = Workgroup,
            talkTimeMs = settings.TalkTimeMs,
            answerAfterMs = settings.AnswerAfterMs,
            durationSeconds = settings.Duration.TotalSeconds,
            agents = settings.Agents,
        })).EnsureSuccessStatusCode();

        await Task.Delay(settings.Duration);
        var generationEnded = clock.Elapsed;
        progress("load generation ended; waiting for the ingest to drain");
        var (lastChange, events) = await WaitForQuietAsync(connectionString, () => Interlocked.Read(ref messages), clock);
        var drain = lastChange - generationEnded;
        var received = Interlocked.Read(ref messages) - messagesAtStart;
        var activeSeconds = Math.Max(lastChange.TotalSeconds, settings.Duration.TotalSeconds);

        var load = await control.GetFromJsonAsync<JsonElement>("/control/load");
        var generated = load.GetProperty("callsGenerated").GetInt64();
        var latencies = await LatenciesAsync(control, connectionString, startedUnixMs);
        latencies.Sort();
        return new LoadFigures(received, received / activeSeconds, drain < TimeSpan.Zero ? TimeSpan.Zero : drain, events - eventsBefore,
            latencies.Count, Percentile(latencies, 0.50), Percentile(latencies, 0.99), generated);
    }

    /// <summary>Emission (interaction, state letter) → the event that state produces, stored with its commit time.</summary>
    private static async Task<List<double>> LatenciesAsync(HttpClient control, string connectionString, long sinceUnixMs)
    {
        var emissions = await control.GetFromJsonAsync<JsonElement>($"/control/emissions?since={sinceUnixMs}");
        var stored = new Dictionary<(string InteractionId, string EventType), DateTimeOffset>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                SELECT d.payload->>'interactionId', e.event_type, e.recorded_at
                FROM events e JOIN events d ON d.stream_id = e.stream_id AND d.event_type = 'V1.InteractionDiscovered'
                WHERE e.stream_id LIKE 'interaction-%' AND e.event_type IN ('V1.InteractionAlerting', 'V1.InteractionConnected', 'V1.InteractionDisconnected')
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.TryAdd((reader.GetString(0), reader.GetString(1)), reader.GetFieldValue<DateTimeOffset>(2));
            }
        }

        var latencies = new List<double>();
        foreach (var emission in emissions.EnumerateArray())
        {
            var eventType = emission.GetProperty("state").GetString() switch
            {
                "A" => "V1.InteractionAlerting",
                "C" => "V1.InteractionConnected",
                "E" or "I" => "V1.InteractionDisconnected",
                _ => null,
            };
            var id = emission.GetProperty("interactionId").GetString()!;
            if (eventType is not null && stored.TryGetValue((id, eventType), out var at))
            {
                latencies.Add((at - DateTimeOffset.FromUnixTimeMilliseconds(emission.GetProperty("emittedAtUnixMs").GetInt64())).TotalMilliseconds);
            }
        }

        return latencies;
    }

    private static async Task<(TimeSpan LastChange, long Events)> WaitForQuietAsync(string connectionString, Func<long> messages, Stopwatch clock)
    {
        var lastChange = clock.Elapsed;
        var deadline = clock.Elapsed + TimeSpan.FromMinutes(3);
        var (lastEvents, lastMessages) = (await CountEventsAsync(connectionString), messages());
        while (clock.Elapsed - lastChange < TimeSpan.FromSeconds(3) && clock.Elapsed < deadline)
        {
            await Task.Delay(250);
            var (events, received) = (await CountEventsAsync(connectionString), messages());
            if (events != lastEvents || received != lastMessages)
            {
                (lastEvents, lastMessages, lastChange) = (events, received, clock.Elapsed);
            }
        }

        return (lastChange, lastEvents);
    }

    private static async Task<long> CountEventsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(200);
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
