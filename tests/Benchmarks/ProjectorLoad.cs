using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Npgsql;
using PureConnect.CrmProjector;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;
using PureConnect.Persistence.EventStore;
using PureConnect.Simulators.SalesforceOrg;

namespace PureConnect.Benchmarks;

public sealed record ProjectorSettings(int CallsPerMinute, TimeSpan Duration, int TalkSeconds, bool RabbitMq);

public sealed record ProjectorFigures(int Calls, int Tasks, double TasksPerSecond, TimeSpan Drain, long ApiRequests, double RequestsPerTask, double P50Ms, double P95Ms, double MaxMs)
{
    /// <summary>PostgreSQL commits per call in the database (the benchmark's own appends, one per event, included).</summary>
    public double CommitsPerCall { get; init; }

    /// <summary>This process's CPU per call (the projector, the org simulator and the load generator run in it).</summary>
    public double ProcessCpuMsPerCall { get; init; }
}

/// <summary>
/// Offers calls at a steady rate straight to the event store (discovered, assigned, alerting, connected, then
/// disconnected after the talk time, as the grains would store them) and measures the projection: relay →
/// MassTransit (RabbitMQ or in memory) → call logs → Salesforce simulator. Delay is from the connect event's
/// <c>recorded_at</c> to the Task first being listed by the simulator; requests are the simulator's API usage.
/// </summary>
public static class ProjectorLoad
{
    public static async Task<ProjectorFigures> RunAsync(string connectionString, Uri? rabbit, ProjectorSettings settings, Action<string> progress)
    {
        await using var salesforce = SalesforceOrgApplication.Build(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Error"]);
        await salesforce.StartAsync();
        using var org = new HttpClient { BaseAddress = new Uri(salesforce.Urls.First()) };

        var config = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Error",
            ["ConnectionStrings:pureconnect"] = connectionString,
            ["ConnectionStrings:rabbitmq"] = rabbit?.ToString(),
            ["Salesforce:LoginUrl"] = org.BaseAddress.ToString(),
            ["Salesforce:ClientId"] = "PureConnectSimulatorClient",
            ["Salesforce:ClientSecret"] = "simulator-secret",
        };
        await using var projector = CrmProjectorApplication.Build([], b => b.Configuration.AddInMemoryCollection(config));
        await projector.StartAsync();
        (await org.DeleteAsync("/control/api-usage")).EnsureSuccessStatusCode();
        progress($"projector up ({(rabbit is null ? "in-memory transport" : "RabbitMQ")}), Salesforce simulator at {org.BaseAddress}");

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var store = new PostgresEventStore(dataSource);
        var serializer = EventSerializer.ForContracts();
        var seen = new ConcurrentDictionary<string, DateTimeOffset>();
        using var stop = new CancellationTokenSource();
        var watcher = WatchTasksAsync(org, seen, stop.Token);

        var commitsBefore = await CommitsAsync(dataSource);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var interval = TimeSpan.FromMinutes(1) / settings.CallsPerMinute;
        var clock = Stopwatch.StartNew();
        var calls = new List<Task>();
        for (var n = 0; clock.Elapsed < settings.Duration; n++)
        {
            calls.Add(CallAsync(store, serializer, $"bench-{n:D6}", settings.TalkSeconds));
            var next = interval * (n + 1) - clock.Elapsed;
            if (next > TimeSpan.Zero)
            {
                await Task.Delay(next);
            }
        }

        await Task.WhenAll(calls);
        var offered = clock.Elapsed;
        progress($"{calls.Count} calls stored in {offered.TotalSeconds:0.0} s; waiting for the last Tasks");
        var completed = await WaitForCompletedAsync(org, calls.Count, TimeSpan.FromMinutes(2));
        var drained = clock.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        // Idle backends report their counts within 10 s (PostgreSQL's statistics are not live).
        await Task.Delay(TimeSpan.FromSeconds(11));
        var commits = await CommitsAsync(dataSource) - commitsBefore;
        await stop.CancelAsync();
        await watcher;

        var connects = await ConnectTimesAsync(connectionString);
        var delays = connects.Where(c => seen.ContainsKey(c.Key)).Select(c => (seen[c.Key] - c.Value).TotalMilliseconds).Order().ToList();
        var usage = await org.GetFromJsonAsync<JsonElement>("/control/api-usage");
        var requests = usage.GetProperty("used").GetInt64();
        await projector.StopAsync();
        return new ProjectorFigures(calls.Count, completed, completed / drained.TotalSeconds, drained - offered, requests,
            completed == 0 ? 0 : (double)requests / completed, Percentile(delays, 0.50), Percentile(delays, 0.95), delays.Count == 0 ? 0 : delays[^1])
        {
            CommitsPerCall = (double)commits / calls.Count,
            ProcessCpuMsPerCall = cpu.TotalMilliseconds / calls.Count,
        };
    }

    private static async Task<long> CommitsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task CallAsync(PostgresEventStore store, EventSerializer serializer, string key, int talkSeconds)
    {
        var start = DateTimeOffset.UtcNow;
        var version = 0L;
        await AppendAsync(new InteractionDiscovered(key[^6..], "Call", InteractionDirection.Inbound, "3175550100", "Caller", "Sales", false, start, start));
        await AppendAsync(new InteractionAssigned("agent1", DateTimeOffset.UtcNow));
        await AppendAsync(new InteractionAlerting("agent1", DateTimeOffset.UtcNow));
        await Task.Delay(TimeSpan.FromSeconds(2)); // ringing
        await AppendAsync(new InteractionConnected(DateTimeOffset.UtcNow));
        await Task.Delay(TimeSpan.FromSeconds(talkSeconds));
        await AppendAsync(new InteractionDisconnected(DisconnectedBy.Remote, DateTimeOffset.UtcNow));

        async Task AppendAsync(InteractionEvent @event)
        {
            var result = await store.AppendAsync($"interaction-{key}", version,
                [new EventData(Guid.NewGuid(), serializer.NameOf(@event), serializer.Serialize(@event), EventMetadata.Empty)]);
            version = result.StreamVersion;
        }
    }

    /// <summary>Lists the org's Tasks every 100 ms and keeps when each first appeared.</summary>
    private static async Task WatchTasksAsync(HttpClient org, ConcurrentDictionary<string, DateTimeOffset> seen, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var task in await org.GetFromJsonAsync<List<JsonElement>>("/control/tasks", CancellationToken.None) ?? [])
            {
                seen.TryAdd(task.GetProperty("CallObject").GetString()!, DateTimeOffset.UtcNow);
            }

            try
            {
                await Task.Delay(100, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<int> WaitForCompletedAsync(HttpClient org, int expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var tasks = await org.GetFromJsonAsync<List<JsonElement>>("/control/tasks") ?? [];
            var completed = tasks.Count(t => t.GetProperty("Status").GetString() == "Completed");
            if (completed >= expected || DateTime.UtcNow > deadline)
            {
                return completed;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<Dictionary<string, DateTimeOffset>> ConnectTimesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT substr(stream_id, 13), recorded_at FROM events WHERE event_type = 'V1.InteractionConnected'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var times = new Dictionary<string, DateTimeOffset>();
        while (await reader.ReadAsync())
        {
            times[reader.GetString(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        }

        return times;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
