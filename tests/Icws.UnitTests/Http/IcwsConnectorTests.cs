using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PureConnect.Icws.UnitTests.Harness;

namespace PureConnect.Icws.UnitTests.Http;

public sealed class IcwsConnectorTests
{
    [Fact]
    public async Task Login_posts_the_credentials_and_reads_the_session_from_the_201()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.MessagingVersion = 3;

        await using var session = await IcwsTestClient.ConnectAsync(server, o => o.Language = "fr-FR");

        var login = Assert.Single(server.Requests);
        Assert.Equal("POST", login.Method);
        Assert.Equal("/icws/connection", login.Path);
        Assert.Equal("?include=features,version,default-workstation,effective-station", login.Query);
        Assert.Equal("fr-FR", login.Header("Accept-Language"));
        Assert.Equal("application/vnd.inin.icws+JSON", login.Header("Accept"));
        Assert.StartsWith("application/vnd.inin.icws+JSON", login.Header("Content-Type"), StringComparison.OrdinalIgnoreCase);
        Assert.Null(login.Header("ININ-ICWS-CSRF-Token"));
        using var body = JsonDocument.Parse(login.Body);
        Assert.Equal("__type", body.RootElement.EnumerateObject().First().Name);
        Assert.Equal("urn:inin.com:connection:icAuthConnectionRequestSettings", body.RootElement.GetProperty("__type").GetString());
        Assert.Equal("agent1", body.RootElement.GetProperty("userID").GetString());
        Assert.Equal(IcwsTestClient.Password, body.RootElement.GetProperty("password").GetString());
        Assert.Equal("PureConnect.Orleans", body.RootElement.GetProperty("applicationName").GetString());

        Assert.Equal(FakeIcwsServer.SessionId, session.SessionId);
        Assert.Equal(FakeIcwsServer.CsrfToken, session.CsrfToken);
        Assert.Equal("agent1", session.UserId);
        Assert.Equal("Agent One", session.UserDisplayName);
        Assert.Equal(["cic-backup"], session.AlternateHosts);
        Assert.Equal(server.Uri, session.ServerUri);
        Assert.Equal(3, session.Features["messaging"]);
        Assert.Equal(12, session.Features["CONNECTION"]);
        Assert.Equal("cic01", session.IcServer);
        Assert.Null(session.DefaultWorkstationId); // not in the answer: unknown
        Assert.Null(session.EffectiveStationId);
    }

    [Fact]
    public async Task Login_takes_the_session_id_and_token_from_headers_when_the_body_is_empty()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.Login = context =>
        {
            context.Response.Headers["ININ-ICWS-Session-ID"] = FakeIcwsServer.SessionId;
            context.Response.Headers["ININ-ICWS-CSRF-Token"] = FakeIcwsServer.CsrfToken;
            context.Response.Headers.SetCookie = FakeIcwsServer.CookieValue + "; Path=/; HttpOnly";
            return FakeIcwsServer.Respond(context, 201, null);
        };
        server.On("GET", "status/user-statuses/agent1", 200, """{"userId":"agent1","statusId":"Available"}""");

        await using var session = await IcwsTestClient.ConnectAsync(server);
        var status = await session.GetUserStatusAsync("agent1");

        Assert.Equal((FakeIcwsServer.SessionId, FakeIcwsServer.CsrfToken, "agent1"), (session.SessionId, session.CsrfToken, session.UserId));
        Assert.Empty(session.Features);
        Assert.Equal("Available", status.StatusId);
    }

    [Fact]
    public async Task Refused_credentials_raise_an_authentication_error_that_does_not_show_the_password()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.Login = context => FakeIcwsServer.Respond(
            context,
            400,
            """{"errorId":"error.request.connection.authenticationFailure","message":"The authentication process failed.","errorCode":-2147221503}""");

        var error = await Assert.ThrowsAsync<IcwsAuthenticationException>(() => IcwsTestClient.ConnectAsync(server));

        Assert.Equal("error.request.connection.authenticationFailure", error.ErrorId);
        Assert.DoesNotContain(IcwsTestClient.Password, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_503_sends_the_login_to_the_next_reachable_alternate_host_which_the_session_then_uses()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.Login = context => context.Request.Host.Host == "localhost"
            ? LoginWithAlternates(context, """["127.0.0.1"]""")
            : FakeIcwsServer.Respond(context, 503, """{"alternateHostList":["127.0.0.1","127.0.0.3","localhost"],"message":"Backup"}""");
        server.On("POST", "messaging/heartbeat", 204);

        await using var session = await IcwsTestClient.ConnectAsync(server);
        await session.HeartbeatAsync();

        Assert.Equal(["127.0.0.1", "localhost"], server.Requests.Where(r => r.Path == "/icws/connection").Select(r => r.Host));
        Assert.Equal("localhost", Assert.Single(server.SessionRequests()).Host);
        Assert.Equal(new UriBuilder(server.Uri) { Host = "localhost" }.Uri, session.ServerUri);
        Assert.Equal(["127.0.0.1"], session.AlternateHosts);
    }

    [Fact]
    public async Task The_session_keeps_only_the_alternate_hosts_other_than_the_one_it_logged_in_on()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.Login = context => LoginWithAlternates(context, """["127.0.0.1","cic-backup","localhost"]""");

        await using var session = await IcwsTestClient.ConnectAsync(server);

        Assert.Equal("127.0.0.1", session.ServerUri.Host);
        Assert.Equal(["cic-backup", "localhost"], session.AlternateHosts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task A_blank_language_is_refused_before_any_request(string language)
    {
        await using var server = await FakeIcwsServer.StartAsync();

        var error = Assert.Throws<ArgumentException>(() => IcwsTestClient.Connector(server.Uri, o => o.Language = language));

        Assert.Contains(nameof(IcwsClientOptions.Language), error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task When_every_host_answers_503_the_login_fails_with_the_offered_hosts_each_tried_once()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.Login = context => FakeIcwsServer.Respond(context, 503, """{"alternateHostList":["localhost","127.0.0.1"]}""");

        var error = await Assert.ThrowsAsync<IcwsSwitchoverException>(() => IcwsTestClient.ConnectAsync(server));

        Assert.Equal(["localhost", "127.0.0.1"], error.AlternateHosts);
        Assert.Equal(["127.0.0.1", "localhost"], server.Requests.Select(r => r.Host));
    }

    [Fact]
    public async Task An_unreachable_server_without_switchover_is_a_request_failure_without_status()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        var unreachable = new UriBuilder(server.Uri) { Host = "127.0.0.3" }.Uri;

        var error = await Assert.ThrowsAsync<IcwsRequestException>(
            () => IcwsTestClient.Connector(unreachable).ConnectAsync(IcwsTestClient.Credentials));

        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task A_slow_login_times_out()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.Login = async context => await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
        var connector = IcwsTestClient.Connector(server.Uri, httpTimeout: TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAsync<IcwsTimeoutException>(() => connector.ConnectAsync(IcwsTestClient.Credentials));
    }

    private static Task LoginWithAlternates(HttpContext context, string alternates)
    {
        context.Response.Headers.SetCookie = FakeIcwsServer.CookieValue + "; Path=/; HttpOnly";
        return FakeIcwsServer.Respond(
            context,
            201,
            $$"""{"sessionId":"{{FakeIcwsServer.SessionId}}","csrfToken":"{{FakeIcwsServer.CsrfToken}}","alternateHostList":{{alternates}}}""");
    }
}
