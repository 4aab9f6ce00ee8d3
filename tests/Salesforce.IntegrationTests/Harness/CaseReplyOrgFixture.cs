using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Salesforce.IntegrationTests.Harness;

/// <summary>The org simulator with its outbound message on a Case reply pointed at a listener on Kestrel, which answers 503 to the
/// first delivery (so the org's retry is seen) and 200 to the rest, and keeps what it was sent.</summary>
public sealed class CaseReplyOrgFixture : SalesforceOrgFixture, IAsyncLifetime
{
    private WebApplication? _listener;
    private int _calls;

    /// <summary>The outbound messages the listener acknowledged, in arrival order.</summary>
    public ConcurrentQueue<JsonElement> Received { get; } = new();

    /// <summary>Every delivery attempt, refused ones included.</summary>
    public int Attempts => _calls;

    public Uri ListenerUri { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        _listener = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]).Build();
        _listener.MapPost("/outbound", async (HttpRequest request) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            if (Interlocked.Increment(ref _calls) == 1)
                return Results.StatusCode(503);

            Received.Enqueue(body);
            return Results.Ok(new { ack = true });
        });
        await _listener.StartAsync();
        ListenerUri = new Uri(new Uri(_listener.Urls.First()), "/outbound");
        await base.InitializeAsync();
    }

    protected override void Configure(SalesforceOrgOptions options)
    {
        base.Configure(options);
        options.CaseReplyOutboundMessageUrls = [ListenerUri];
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_listener is not null)
            await _listener.DisposeAsync();
    }
}
