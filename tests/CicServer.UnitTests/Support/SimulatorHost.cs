using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.UnitTests.Support;

/// <summary>The simulator app on Kestrel at 127.0.0.1 on a free port, with a plain HttpClient (no cookie jar:
/// tests send the session cookie themselves).</summary>
public sealed class SimulatorHost : IAsyncLifetime
{
    private readonly Action<CicSimulatorOptions>? _configure;
    private WebApplication? _app;

    public SimulatorHost()
        : this(null)
    {
    }

    internal SimulatorHost(Action<CicSimulatorOptions>? configure) => _configure = configure;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public CicEngine Engine => _app!.Services.GetRequiredService<CicEngine>();

    public async Task InitializeAsync()
    {
        _app = CicServerApplication.Build(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], _configure);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single());
        Http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>A name no other test uses.</summary>
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
}
