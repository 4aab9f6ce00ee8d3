using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;
using PureConnect.Persistence.EventStore;
using PureConnect.Persistence.Migrations;
using PureConnect.Simulators.SalesforceOrg;

namespace PureConnect.CrmProjector.IntegrationTests.Infrastructure;

/// <summary>One call as the event store sees it: discovered, assigned, alerting, connected, disconnected.</summary>
public sealed record SimulatedCall(string Key, DateTimeOffset ConnectedAt, int TalkSeconds);

/// <summary>
/// Everything one test needs, its own: a migrated database, a RabbitMQ virtual host, a Salesforce org simulator
/// and the projector host (relay + consumers + Salesforce sync) built by <see cref="CrmProjectorApplication"/>.
/// Interaction events are appended straight to the event store, as the grains would.
/// </summary>
public sealed class ProjectorHarness : IAsyncDisposable
{
    private static readonly EventSerializer Serializer = EventSerializer.ForContracts();
    private readonly Dictionary<string, string?> _settings;
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresEventStore _store;
    private readonly WebApplication _salesforce;
    private WebApplication? _projector;

    private ProjectorHarness(string connectionString, Uri rabbit, string virtualHost, WebApplication salesforce, string prefix)
    {
        ConnectionString = connectionString;
        VirtualHost = virtualHost;
        Prefix = prefix;
        _salesforce = salesforce;
        Salesforce = new HttpClient { BaseAddress = new Uri(salesforce.Urls.First()) };
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _store = new PostgresEventStore(_dataSource);
        _settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:PureConnect.CrmProjector.CallLogs.CallLogRepairService"] = "Information",
            ["ConnectionStrings:pureconnect"] = connectionString,
            ["ConnectionStrings:rabbitmq"] = rabbit.ToString(),
            ["Operations:ApiKey"] = OperationsKey,
            ["EventRelay:IdlePoll"] = "00:00:01",
            ["EventRelay:LeadershipRetry"] = "00:00:00.500",
            // A publish lost with a broker restart is given up sooner than in production (30 s).
            ["EventRelay:PublishTimeout"] = "00:00:05",
            ["Salesforce:LoginUrl"] = Salesforce.BaseAddress!.ToString(),
            ["Salesforce:ClientId"] = "PureConnectSimulatorClient",
            ["Salesforce:ClientSecret"] = "simulator-secret",
            ["Salesforce:RetryDelay"] = "00:00:00.200",
            ["CallLogSync:Interval"] = "00:00:00.200",
            ["CallLogSync:ErrorBackoff"] = "00:00:00.500",
            ["CallLogSync:LimitBackoff"] = "00:00:01",
            ["CallLogSync:MaxLimitBackoff"] = "00:00:02",
            // Second-level redelivery on a test's time scale (the product waits 1, 5, 15 minutes ...).
            ["CallLogRepair:Schedule:0"] = "00:00:05",
            ["CallLogRepair:Schedule:1"] = "00:00:10",
            ["CallLogRepair:Schedule:2"] = "00:00:20",
            ["CallLogRepair:Poll"] = "00:00:01",
        };
    }

    public string ConnectionString { get; }
    public string VirtualHost { get; }

    /// <summary>Start of every interaction key of this test.</summary>
    public string Prefix { get; }

    /// <summary>The operator key of the projector's management surfaces.</summary>
    public const string OperationsKey = "projector-test-operations-key";

    /// <summary>The Salesforce simulator (its control API is under <c>/control</c>).</summary>
    public HttpClient Salesforce { get; }

    /// <summary>The running projector's HTTP endpoint, as an operator (with the operations key its <c>/operations</c> pages need).</summary>
    public HttpClient Projector => new() { BaseAddress = new Uri(_projector!.Urls.First()), DefaultRequestHeaders = { { "X-Operations-Key", OperationsKey } } };

    public static async Task<ProjectorHarness> StartAsync(BrokerFixture broker, string name, Uri? rabbit = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var connectionString = await broker.Postgres.CreateDatabaseAsync($"{name}_{Guid.NewGuid():N}");
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);
        var virtualHost = $"{name}-{Guid.NewGuid():N}";
        rabbit ??= await broker.RabbitMq.CreateVirtualHostAsync(virtualHost);
        // Strict about create-only fields on the update branch of an upsert, as a real org may be.
        var salesforce = SalesforceOrgApplication.Build(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            "--SalesforceOrg:RejectCreateOnlyFieldsOnUpsertUpdate=true"]);
        await salesforce.StartAsync();
        var harness = new ProjectorHarness(connectionString, rabbit, virtualHost, salesforce, $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)] + "-");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            harness._settings[key] = value;
        }

        await harness.StartProjectorAsync();
        return harness;
    }

    public async Task StartProjectorAsync()
    {
        _projector = CrmProjectorApplication.Build([], b => b.Configuration.AddInMemoryCollection(_settings));
        await _projector.StartAsync();
    }

    /// <summary>Ends the projector the way a crash would: no graceful stop, hosted services cancelled as the container is torn down.</summary>
    public async Task KillProjectorAsync()
    {
        var projector = _projector!;
        _projector = null;
        await projector.DisposeAsync();
    }

    public SimulatedCall NewCall(int n, int talkSeconds) =>
        new($"{Prefix}{n:D4}", DateTimeOffset.UtcNow.AddMinutes(-1).AddMilliseconds(n), talkSeconds);

    public async Task AppendAsync(SimulatedCall call)
    {
        var start = call.ConnectedAt.AddSeconds(-8);
        InteractionEvent[] events =
        [
            new InteractionDiscovered(call.Key[^10..], "Call", InteractionDirection.Inbound, "3175550100", "Caller", "Sales", false, start, start),
            new InteractionAssigned("agent1", start.AddSeconds(1)),
            new InteractionAlerting("agent1", start.AddSeconds(2)),
            new InteractionConnected(call.ConnectedAt),
            new InteractionDisconnected(DisconnectedBy.Remote, call.ConnectedAt.AddSeconds(call.TalkSeconds)),
        ];
        for (var i = 0; i < events.Length; i++)
        {
            await AppendAsync(call.Key, i, events[i]);
        }
    }

    public async Task AppendAsync(string key, long expectedVersion, object @event)
    {
        var result = await _store.AppendAsync($"interaction-{key}", expectedVersion,
            [new EventData(Guid.NewGuid(), Serializer.NameOf(@event), Serializer.Serialize(@event), EventMetadata.Empty)]);
        Assert.Equal(AppendOutcome.Appended, result.Outcome);
    }

    /// <summary>Appends a stored event whose payload its type cannot read: the consumer can never succeed with it.</summary>
    public async Task AppendUnreadableAsync(string key)
    {
        var result = await _store.AppendAsync($"interaction-{key}", 0,
            [new EventData(Guid.NewGuid(), "V1.InteractionConnected", """{"occurredAt":"not a time"}""", EventMetadata.Empty)]);
        Assert.Equal(AppendOutcome.Appended, result.Outcome);
    }

    /// <summary>This test's Tasks in the Salesforce simulator.</summary>
    public async Task<List<JsonElement>> TasksAsync() =>
        [.. (await Salesforce.GetFromJsonAsync<List<JsonElement>>("/control/tasks"))!
            .Where(t => t.GetProperty("CallObject").GetString()?.StartsWith(Prefix, StringComparison.Ordinal) == true)];

    /// <summary>Waits until every call is exactly one completed Task with its duration, then checks that nothing else appeared.</summary>
    public async Task AssertEachCallIsExactlyOneCompletedTaskAsync(IReadOnlyCollection<SimulatedCall> calls, TimeSpan timeout)
    {
        var expected = calls.ToDictionary(c => c.Key, c => c.TalkSeconds);
        try
        {
            await Eventually.MatchesAsync(TasksAsync, tasks => tasks.Count(t => IsCompletedAsExpected(t, expected)) >= expected.Count, timeout,
                $"{expected.Count} completed Tasks");
        }
        catch (TimeoutException ex)
        {
            // Say what is missing: no Task at all (events not projected), or a Task not completed (a later update not synced).
            var seen = await TasksAsync();
            var keys = seen.Select(t => t.GetProperty("CallObject").GetString()!).ToHashSet(StringComparer.Ordinal);
            var missing = expected.Keys.Where(k => !keys.Contains(k)).Order(StringComparer.Ordinal).ToList();
            var incomplete = seen.Where(t => !IsCompletedAsExpected(t, expected)).Select(t => t.ToString()).ToList();
            throw new TimeoutException(
                $"{ex.Message}: {seen.Count(t => IsCompletedAsExpected(t, expected))} of {expected.Count} completed; " +
                $"{missing.Count} without a Task (first: {string.Join(", ", missing.Take(5))}); " +
                $"{incomplete.Count} not completed (first: {string.Join(" | ", incomplete.Take(3))})", ex);
        }

        await Task.Delay(1000); // anything still in flight would show up now

        var tasks = await TasksAsync();
        var byKey = tasks.GroupBy(t => t.GetProperty("CallObject").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.DoesNotContain(byKey, k => k.Value > 1); // no duplicate
        Assert.Equal(expected.Keys.Order(), byKey.Keys.Order()); // none lost, none extra
        Assert.All(tasks, t => Assert.True(IsCompletedAsExpected(t, expected), t.ToString()));
    }

    private static bool IsCompletedAsExpected(JsonElement task, Dictionary<string, int> expected) =>
        expected.TryGetValue(task.GetProperty("CallObject").GetString()!, out var seconds)
        && task.GetProperty("Status").GetString() == "Completed"
        && task.GetProperty("CallDurationInSeconds").ValueKind == JsonValueKind.Number
        && task.GetProperty("CallDurationInSeconds").GetInt32() == seconds;

    /// <summary>Appends the calls from <paramref name="concurrency"/> writers at once (events of different calls interleave).</summary>
    public Task AppendAllAsync(IEnumerable<SimulatedCall> calls, int concurrency = 8) =>
        Parallel.ForEachAsync(calls, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (call, _) => await AppendAsync(call));

    public async ValueTask DisposeAsync()
    {
        if (_projector is not null)
        {
            await _projector.StopAsync();
            await _projector.DisposeAsync();
        }

        await _salesforce.StopAsync();
        await _salesforce.DisposeAsync();
        Salesforce.Dispose();
        await _store.DisposeAsync();
        await _dataSource.DisposeAsync();
    }
}
