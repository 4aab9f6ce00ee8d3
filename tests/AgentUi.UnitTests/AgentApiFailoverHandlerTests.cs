using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>The softphone's back end over real loopback HTTP: a dead AgentApi instance is skipped, a live one that fails is not.</summary>
public sealed class AgentApiFailoverHandlerTests : IAsyncLifetime
{
    private readonly List<WebApplication> _instances = [];
    private readonly Dictionary<Uri, int> _hits = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _instances)
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_request_goes_to_the_next_instance_when_the_first_cannot_be_reached_and_stays_there()
    {
        var dead = ClosedPort();
        var live = await InstanceAsync(HttpStatusCode.OK);
        var endpoints = new AgentApiEndpoints([dead, live]);
        using var http = Client(endpoints);

        using var answer = await http.PostAsJsonAsync("/api/me/calls", new { number = "317-555-0142" });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("{\"number\":\"317-555-0142\"}", await answer.Content.ReadAsStringAsync());
        Assert.Equal(live, endpoints.InTryOrder().First());
        using var next = await http.GetAsync("/api/me");
        Assert.Equal(2, _hits[live]);
    }

    [Fact]
    public async Task An_instance_that_answered_with_an_error_is_not_retried_elsewhere_so_a_command_never_runs_twice()
    {
        var failing = await InstanceAsync(HttpStatusCode.InternalServerError);
        var other = await InstanceAsync(HttpStatusCode.OK);
        using var http = Client(new AgentApiEndpoints([failing, other]));

        using var answer = await http.PostAsJsonAsync("/api/me/calls", new { number = "317-555-0142" });

        Assert.Equal(HttpStatusCode.InternalServerError, answer.StatusCode);
        Assert.Equal(1, _hits[failing]);
        Assert.Equal(0, _hits[other]);
    }

    [Fact]
    public async Task When_no_instance_can_be_reached_the_connection_error_surfaces()
    {
        using var http = Client(new AgentApiEndpoints([ClosedPort(), ClosedPort()]));

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("/api/me"));
    }

    private static HttpClient Client(AgentApiEndpoints endpoints) =>
        new(new AgentApiFailoverHandler(endpoints, new HttpContextAccessor(), NullLogger<AgentApiFailoverHandler>.Instance)
        {
            InnerHandler = new SocketsHttpHandler { UseCookies = false },
        })
        { BaseAddress = endpoints.All[0], Timeout = TimeSpan.FromSeconds(60) };

    private async Task<Uri> InstanceAsync(HttpStatusCode status)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        Uri? self = null;
        app.Run(async context =>
        {
            _hits[self!]++;
            context.Response.StatusCode = (int)status;
            await context.Request.Body.CopyToAsync(context.Response.Body);
        });
        await app.StartAsync();
        _instances.Add(app);
        self = new Uri(app.Urls.First());
        _hits[self] = 0;
        return self;
    }

    private static Uri ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
