using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using PureConnect.Icws.UnitTests.Harness;

namespace PureConnect.Icws.UnitTests.Http;

/// <summary>The registered "icws" client: retries safe and idempotent requests, never a POST, and times attempts out.</summary>
public sealed class ServiceRegistrationTests
{
    [Fact]
    public async Task Gets_and_subscription_puts_are_retried_on_transient_errors_but_posts_are_not()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", "status/user-statuses/agent1", FailTwiceThen(200, """{"userId":"agent1","statusId":"Available"}"""));
        server.On("PUT", "messaging/subscriptions/status/status-messages", FailTwiceThen(200, null));
        server.On("POST", "interactions", 500, """{"message":"Dial plan exploded."}""");
        await using var provider = BuildProvider(server.Uri, TimeSpan.FromSeconds(5));
        await using var session = await provider.GetRequiredService<IcwsConnector>().ConnectAsync(IcwsTestClient.Credentials, IcwsTestClient.Deadline());

        var status = await session.GetUserStatusAsync("agent1", IcwsTestClient.Deadline());
        await session.SubscribeStatusMessagesAsync(IcwsTestClient.Deadline());
        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => session.MakeCallAsync("5551234", ct: IcwsTestClient.Deadline()));

        Assert.Equal("Available", status.StatusId);
        Assert.Equal(500, error.StatusCode);
        var requests = server.SessionRequests();
        Assert.Equal(3, requests.Count(r => r.Method == "GET"));
        Assert.Equal(3, requests.Count(r => r.Method == "PUT"));
        Assert.Equal(1, requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task The_login_post_is_not_retried_and_a_503_is_left_to_the_alternate_host_logic()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.Login = context => FakeIcwsServer.Respond(context, 503, """{"alternateHostList":[]}""");
        await using var provider = BuildProvider(server.Uri, TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<IcwsSwitchoverException>(
            () => provider.GetRequiredService<IcwsConnector>().ConnectAsync(IcwsTestClient.Credentials, IcwsTestClient.Deadline()));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_attempt_longer_than_the_request_timeout_fails_with_a_timeout()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", "status/user-statuses/agent1", async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        // Long enough for a cold login on a loaded machine; one retry keeps the test short.
        await using var provider = BuildProvider(server.Uri, TimeSpan.FromSeconds(1.5), retries: 1);
        await using var session = await provider.GetRequiredService<IcwsConnector>().ConnectAsync(IcwsTestClient.Credentials, IcwsTestClient.Deadline());

        await Assert.ThrowsAsync<IcwsTimeoutException>(() => session.GetUserStatusAsync("agent1", IcwsTestClient.Deadline()));
    }

    [Fact]
    public async Task The_messaging_client_has_no_timeout_so_an_event_stream_can_stay_open()
    {
        await using var provider = BuildProvider(new Uri("http://127.0.0.1:1/"), TimeSpan.FromSeconds(1));
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        Assert.Equal(Timeout.InfiniteTimeSpan, factory.CreateClient(IcwsServiceCollectionExtensions.MessagingHttpClientName).Timeout);
    }

    [Fact]
    public void Registering_twice_keeps_one_connector_and_applies_both_configurations()
    {
        var services = new ServiceCollection();
        services.AddIcwsClient(o => o.ServerUri = new Uri("http://cic-a:8018/"));
        services.AddIcwsClient(o => o.Language = "de-DE");

        Assert.Single(services, d => d.ServiceType == typeof(IcwsConnector));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<IcwsClientOptions>>().Value;
        Assert.Equal(("cic-a", "de-DE"), (options.ServerUri.Host, options.Language));
        Assert.NotNull(provider.GetRequiredService<IcwsConnector>());
    }

    private static ServiceProvider BuildProvider(Uri serverUri, TimeSpan requestTimeout, int retries = 3)
    {
        var services = new ServiceCollection();
        services.AddIcwsClient(o =>
        {
            o.ServerUri = serverUri;
            o.RequestTimeout = requestTimeout;
        });
        // Test speed only: keep the production retry policy but shorten its back-off (and, where asked, its attempts).
        services.Configure<HttpStandardResilienceOptions>($"{IcwsServiceCollectionExtensions.HttpClientName}-standard", o =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(10);
            o.Retry.UseJitter = false;
            o.Retry.MaxRetryAttempts = retries;
        });
        return services.BuildServiceProvider();
    }

    private static RequestDelegate FailTwiceThen(int status, string? body)
    {
        var calls = 0;
        return context => Interlocked.Increment(ref calls) <= 2
            ? FakeIcwsServer.Error(context, 503, "error.server.unavailable", "Busy.")
            : FakeIcwsServer.Respond(context, status, body);
    }
}
