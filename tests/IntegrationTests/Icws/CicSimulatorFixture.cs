using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using PureConnect.Icws;
using PureConnect.Simulators.CicServer;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.IntegrationTests.Icws;

/// <summary>A CIC user the fixture created for one test (its own name, password and workstation).</summary>
public sealed record TestAgent(string UserId, string Password, string StationId)
{
    public IcwsCredentials Credentials => new(UserId, Password);
}

/// <summary>
/// The real CIC simulator on Kestrel (<c>http://127.0.0.1:0</c>) and real ICWS clients built by
/// <see cref="IcwsServiceCollectionExtensions.AddIcwsClient"/>, talking over HTTP. One simulator per test class;
/// every test creates its own users and stations (unique names) through the control API.
/// </summary>
public class CicSimulatorFixture : IAsyncLifetime
{
    public const string Password = "contract-pw";

    /// <summary>Short delays so tests stay fast; the pipelines and code paths are the production ones.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan DeallocationDelay = TimeSpan.FromMilliseconds(600);
    public static readonly TimeSpan OutboundAnswerDelay = TimeSpan.FromMilliseconds(300);

    private readonly List<ServiceProvider> _clients = [];
    private WebApplication? _simulator;
    private int _next;

    /// <summary>Unique to this fixture, so names never collide with the seeds or another fixture.</summary>
    public string Prefix { get; } = "ct" + Guid.NewGuid().ToString("N")[..6];

    public Uri ServerUri { get; private set; } = null!;

    public int Port => ServerUri.Port;

    public SimulatorControlClient Control { get; private set; } = null!;

    /// <summary>A plain HTTP client (no ICWS logic) for wire-level checks of the simulator.</summary>
    public HttpClient RawHttp { get; private set; } = null!;

    public string SeedUserId => $"{Prefix}-seed";

    public async Task InitializeAsync()
    {
        _simulator = CicServerApplication.Build(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], Configure);
        await _simulator.StartAsync();
        ServerUri = new Uri(_simulator.Urls.First());
        RawHttp = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = ServerUri, Timeout = TimeSpan.FromSeconds(60) };
        Control = new SimulatorControlClient(RawHttp);
    }

    /// <summary>Seeds one user, station and workgroup of this fixture (so the default contact center is not loaded).</summary>
    protected virtual void Configure(CicSimulatorOptions options)
    {
        options.Users = [new UserSeed { UserId = SeedUserId, Password = Password, DisplayName = "Seed User", CanMonitorQueues = true }];
        options.Stations = [$"{Prefix}-seed-station"];
        options.Workgroups = [new WorkgroupSeed { Name = $"{Prefix}-seed-workgroup", Members = [SeedUserId] }];
        options.DeallocationDelay = DeallocationDelay;
        options.OutboundAnswerDelay = OutboundAnswerDelay;
        options.SsePingInterval = TimeSpan.FromSeconds(5);
        options.Seed = 11;
    }

    /// <summary>A new user (and workstation) with unique names.</summary>
    public async Task<TestAgent> NewAgentAsync(bool canUseRemoteStations = false, IReadOnlyList<string>? statuses = null)
    {
        var n = Interlocked.Increment(ref _next);
        var agent = new TestAgent($"{Prefix}-agent{n}", Password, $"{Prefix}-station{n}");
        await Control.AddUserAsync(agent.UserId, agent.Password, $"Agent {n}", canUseRemoteStations, statuses);
        await Control.AddStationAsync(agent.StationId);
        return agent;
    }

    public string UniqueName(string kind) => $"{Prefix}-{kind}{Interlocked.Increment(ref _next)}";

    /// <summary>
    /// A connector built exactly as production builds it (<c>AddIcwsClient</c>: resilience pipeline, cookie-less
    /// handlers), pointed at the simulator. Only the retry back-off is shortened so fault tests stay fast.
    /// </summary>
    public IcwsConnector CreateConnector(Action<IcwsClientOptions>? configure = null) => CreateConnectorFactory(configure)();

    /// <summary>
    /// Connectors from one service provider, as a process makes them (transient, sharing what logins learned about hosts).
    /// </summary>
    public Func<IcwsConnector> CreateConnectorFactory(Action<IcwsClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddIcwsClient(options =>
        {
            options.ServerUri = ServerUri;
            options.ApplicationName = "IcwsContractTests";
            options.PollInterval = PollInterval;
            options.RequestTimeout = TimeSpan.FromSeconds(60); // generous: a loaded machine answers slowly, never wrongly
            options.AlternateHostDelay = TimeSpan.FromMilliseconds(100);
            configure?.Invoke(options);
        });
        services.PostConfigureAll<HttpStandardResilienceOptions>(resilience => resilience.Retry.Delay = TimeSpan.FromMilliseconds(20));
        var provider = services.BuildServiceProvider();
        lock (_clients)
        {
            _clients.Add(provider);
        }

        return provider.GetRequiredService<IcwsConnector>;
    }

    public Task<IcwsSession> LoginAsync(TestAgent agent, Action<IcwsClientOptions>? configure = null) =>
        CreateConnector(configure).ConnectAsync(agent.Credentials);

    /// <summary>Logs in and connects the agent's own workstation.</summary>
    public async Task<IcwsSession> LoginWithStationAsync(TestAgent agent, Action<IcwsClientOptions>? configure = null)
    {
        var session = await LoginAsync(agent, configure);
        await session.SetStationAsync(new WorkstationSettings(agent.StationId));
        return session;
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _clients)
        {
            await provider.DisposeAsync();
        }

        RawHttp?.Dispose();
        if (_simulator is not null)
        {
            await _simulator.StopAsync();
            await _simulator.DisposeAsync();
        }
    }
}
