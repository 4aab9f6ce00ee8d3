using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PureConnect.Salesforce;
using PureConnect.Simulators.SalesforceOrg;
using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Salesforce.IntegrationTests.Harness;

/// <summary>How a test client authenticates.</summary>
public enum Grant
{
    JwtBearer,
    ClientCredentials,
}

/// <summary>
/// The real Salesforce org simulator on Kestrel (<c>http://127.0.0.1:0</c>) and clients built exactly as production
/// builds them (<see cref="SalesforceServiceCollectionExtensions.AddSalesforceClient"/>), with only the back-off
/// shortened. One simulator per test class, so faults and API usage of one class never reach another; tests use
/// fresh external ids and phone numbers.
/// </summary>
public class SalesforceOrgFixture : IAsyncLifetime
{
    public const string ClientId = "contract-tests-app";
    public const string ClientSecret = "contract-tests-secret";
    public const string UserName = "integration@contract.test";
    public const int MaxRetries = 3;
    public const long DailyLimit = 50_000;

    private readonly List<ServiceProvider> _providers = [];
    private WebApplication? _simulator;

    /// <summary>The key pair of the connected app's certificate: the simulator verifies with the public half.</summary>
    public RSA AppKey { get; } = RSA.Create(2048);

    public Uri ServerUri { get; private set; } = null!;

    public OrgControl Control { get; private set; } = null!;

    /// <summary>Plain HTTP (no Salesforce logic) for wire-level checks.</summary>
    public HttpClient RawHttp { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _simulator = SalesforceOrgApplication.Build(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], Configure);
        await _simulator.StartAsync();
        ServerUri = new Uri(_simulator.Urls.First());
        RawHttp = new HttpClient { BaseAddress = ServerUri, Timeout = TimeSpan.FromSeconds(60) };
        Control = new OrgControl(RawHttp);
    }

    protected virtual void Configure(SalesforceOrgOptions options)
    {
        options.ClientId = ClientId;
        options.ClientSecret = ClientSecret;
        options.JwtPublicKeyPem = AppKey.ExportSubjectPublicKeyInfoPem();
        options.IntegrationUserName = UserName;
        options.DailyApiLimit = DailyLimit;
        options.SeedDemoRecords = false;
        // Strict: an org may refuse create-only fields on the update branch of an upsert (unconfirmed), so the client must cope.
        options.RejectCreateOnlyFieldsOnUpsertUpdate = true;
    }

    /// <summary>A client and its service provider (for its meter). The JWT audience defaults to <c>https://login.salesforce.com</c>,
    /// whatever host the token request goes to.</summary>
    public (SalesforceClient Client, IServiceProvider Services) CreateClientWithServices(Grant grant = Grant.JwtBearer, Action<SalesforceClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSalesforceClient(options =>
        {
            options.LoginUrl = ServerUri;
            options.ClientId = ClientId;
            options.UserName = UserName;
            options.PrivateKeyPem = grant == Grant.JwtBearer ? AppKey.ExportPkcs8PrivateKeyPem() : null;
            options.ClientSecret = grant == Grant.ClientCredentials ? ClientSecret : null;
            options.RetryDelay = TimeSpan.FromMilliseconds(10);
            options.MaxRetries = MaxRetries;
            options.RequestTimeout = TimeSpan.FromSeconds(60); // generous: a loaded machine answers slowly, never wrongly
            configure?.Invoke(options);
        });
        var provider = services.BuildServiceProvider();
        lock (_providers)
        {
            _providers.Add(provider);
        }

        return (provider.GetRequiredService<SalesforceClient>(), provider);
    }

    public SalesforceClient CreateClient(Grant grant = Grant.JwtBearer, Action<SalesforceClientOptions>? configure = null) =>
        CreateClientWithServices(grant, configure).Client;

    public static string NewExternalId() => "it-" + Guid.NewGuid().ToString("N")[..12];

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
            await provider.DisposeAsync();

        RawHttp?.Dispose();
        if (_simulator is not null)
        {
            await _simulator.StopAsync();
            await _simulator.DisposeAsync();
        }

        AppKey.Dispose();
    }
}
