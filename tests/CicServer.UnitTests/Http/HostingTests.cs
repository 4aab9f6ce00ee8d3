using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Http;

public sealed class HostingTests(SimulatorHost host) : IClassFixture<SimulatorHost>
{
    [Fact]
    public async Task Options_bind_from_the_CicServer_section_and_the_configure_callback_runs_after_binding()
    {
        await using var app = CicServerApplication.Build(
            ["--CicServer:Seed=42", "--CicServer:ServerName=FROMCONFIG", "--CicServer:SsePingInterval=00:00:03"],
            o => o.ServerName = "FROMCODE");

        var options = app.Services.GetRequiredService<CicEngine>().Options;

        Assert.Equal(42, options.Seed);
        Assert.Equal("FROMCODE", options.ServerName);
        Assert.Equal(TimeSpan.FromSeconds(3), options.SsePingInterval);
    }

    [Fact]
    public async Task Armed_faults_answer_the_next_matching_icws_requests_with_an_error_then_stop()
    {
        var session = await IcwsSession.LogInAsync(host.Http, "agent5", "1234");
        var rule = new { statusCode = 401, count = 2, pathContains = $"/icws/{session.SessionId}/status" };
        Assert.Equal(HttpStatusCode.NoContent, (await host.Http.PostAsJsonAsync("/control/faults", rule)).StatusCode);

        using var unrelated = await session.SendAsync(HttpMethod.Get, "connection");
        using var first = await session.SendAsync(HttpMethod.Get, "status/status-messages");
        using var second = await session.SendAsync(HttpMethod.Get, "status/user-statuses/agent5");
        using var third = await session.SendAsync(HttpMethod.Get, "status/status-messages");

        Assert.Equal(HttpStatusCode.OK, unrelated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal("ICWS realm=\"ICWS\" location=\"/ICWS/connection\"", first.Headers.WwwAuthenticate.ToString());
        Assert.Equal("error.simulator.injectedFault", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorId").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Control_api_refusals_are_plain_json_errors()
    {
        var userId = SimulatorHost.Unique("dup");
        (await host.Http.PostAsJsonAsync("/control/users", new { userId, password = "pw" })).EnsureSuccessStatusCode();

        using var duplicate = await host.Http.PostAsJsonAsync("/control/users", new { userId, password = "pw" });
        using var missing = await host.Http.PostAsync("/control/interactions/1999999999/answer", null);

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("application/json", duplicate.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
