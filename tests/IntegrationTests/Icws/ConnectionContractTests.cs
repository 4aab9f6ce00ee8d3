using System.Net;
using System.Text;
using System.Text.Json;
using PureConnect.Icws;

namespace PureConnect.IntegrationTests.Icws;

/// <summary>Login, the session tokens and logout (reference §1), client against simulator over HTTP.</summary>
public sealed class ConnectionContractTests(CicSimulatorFixture sim) : IClassFixture<CicSimulatorFixture>
{
    [Fact]
    public async Task Login_creates_a_session_whose_id_csrf_token_and_cookie_authorize_the_later_calls()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);

        Assert.Matches("^[0-9]+$", session.SessionId);
        Assert.False(string.IsNullOrWhiteSpace(session.CsrfToken));
        Assert.Equal(agent.UserId, session.UserId);
        Assert.Equal("Agent " + agent.UserId.Split("agent")[1], session.UserDisplayName);
        Assert.True(session.Features.TryGetValue("messaging", out var messaging) && messaging >= 2, "features came with the login");
        var onServer = await sim.Control.SessionAsync(session.SessionId);
        Assert.Equal(agent.UserId, onServer?.GetProperty("userId").GetString());

        // The client's handler keeps no cookies: a session call succeeds only because the client sends the cookie itself.
        Assert.NotEmpty(await session.GetStatusMessagesAsync());
        await session.HeartbeatAsync();

        using var withoutCookie = new HttpRequestMessage(HttpMethod.Get, $"/icws/{session.SessionId}/status/status-messages");
        withoutCookie.Headers.Add("ININ-ICWS-CSRF-Token", session.CsrfToken);
        withoutCookie.Headers.Add("Accept-Language", "en-US");
        using var refused = await sim.RawHttp.SendAsync(withoutCookie);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task The_login_answer_is_201_with_session_id_and_csrf_token_in_body_and_headers_and_a_session_cookie()
    {
        var agent = await sim.NewAgentAsync();
        using var response = await PostLoginAsync(agent.UserId, agent.Password, acceptLanguage: "en-US");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var sessionId = body.GetProperty("sessionId").GetString();
        Assert.Equal(sessionId, Assert.Single(response.Headers.GetValues("ININ-ICWS-Session-ID")));
        Assert.Equal(body.GetProperty("csrfToken").GetString(), Assert.Single(response.Headers.GetValues("ININ-ICWS-CSRF-Token")));
        Assert.StartsWith($"icws_{sessionId}=", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        Assert.StartsWith("application/vnd.inin.icws+json", response.Content.Headers.ContentType?.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_login_asks_for_and_reads_the_server_name_default_workstation_and_effective_station()
    {
        var agent = await sim.NewAgentAsync();
        await using (var first = await sim.LoginAsync(agent))
        {
            Assert.Equal("CICSIM", first.IcServer);
            Assert.Null(first.DefaultWorkstationId);
            Assert.Null(first.EffectiveStationId);
        }

        await sim.Control.SetDefaultWorkstationAsync(agent.UserId, agent.StationId);
        await using var elsewhere = await sim.LoginWithStationAsync(agent);
        await using var session = await sim.LoginAsync(agent);

        Assert.Equal(agent.StationId, session.DefaultWorkstationId);
        Assert.Equal(agent.StationId, session.EffectiveStationId);

        // On the wire: the options are asked with include= and answered only when asked.
        using var bare = await PostLoginAsync(agent.UserId, agent.Password, acceptLanguage: "en-US");
        var body = JsonDocument.Parse(await bare.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("defaultWorkstationId", out _));
        Assert.Equal("CICSIM", body.GetProperty("icServer").GetString());
        using var asked = await PostLoginAsync(agent.UserId, agent.Password, acceptLanguage: "en-US", include: "default-workstation,effective-station");
        var extras = JsonDocument.Parse(await asked.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(agent.StationId, extras.GetProperty("defaultWorkstationId").GetString());
        Assert.Equal(agent.StationId, extras.GetProperty("effectiveStation").GetProperty("stationId").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_wrong_password_raises_IcwsAuthenticationException_with_the_server_error_id()
    {
        var agent = await sim.NewAgentAsync();
        var connector = sim.CreateConnector();

        var refused = await Assert.ThrowsAsync<IcwsAuthenticationException>(() => connector.ConnectAsync(new IcwsCredentials(agent.UserId, "wrong")));

        Assert.Equal(400, refused.StatusCode);
        Assert.Equal("error.request.connection.authenticationFailure", refused.ErrorId);
        Assert.DoesNotContain("wrong", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_user_raises_IcwsAuthenticationException()
    {
        var refused = await Assert.ThrowsAsync<IcwsAuthenticationException>(
            () => sim.CreateConnector().ConnectAsync(new IcwsCredentials(sim.UniqueName("nobody"), CicSimulatorFixture.Password)));

        Assert.Equal(400, refused.StatusCode);
    }

    [Fact]
    public async Task The_server_requires_Accept_Language_on_login_and_the_client_always_sends_the_configured_language()
    {
        var agent = await sim.NewAgentAsync();
        using var bare = await PostLoginAsync(agent.UserId, agent.Password, acceptLanguage: null);
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);

        await using var english = await sim.LoginAsync(agent);
        await using var french = await sim.LoginAsync(agent, o => o.Language = "fr-FR");
        Assert.NotEqual(english.SessionId, french.SessionId);
    }

    [Fact]
    public async Task A_blank_language_setting_is_refused_by_the_client_before_it_sends_a_login()
    {
        var agent = await sim.NewAgentAsync();

        // The server would answer 400 (Accept-Language is required, see above); the client refuses the setting itself.
        var error = await Assert.ThrowsAsync<ArgumentException>(() => sim.LoginAsync(agent, o => o.Language = ""));

        Assert.Contains(nameof(IcwsClientOptions.Language), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logging_out_ends_the_session_on_the_server_and_later_calls_raise_IcwsSessionExpiredException()
    {
        var agent = await sim.NewAgentAsync();
        var session = await sim.LoginWithStationAsync(agent);
        var survivor = await sim.LoginAsync(agent);

        Assert.Contains(agent.StationId, (await survivor.GetUserStatusAsync(agent.UserId)).Stations);

        await session.LogoutAsync();

        Assert.Null(await sim.Control.SessionAsync(session.SessionId));
        Assert.DoesNotContain(agent.StationId, (await survivor.GetUserStatusAsync(agent.UserId)).Stations);
        var expired = await Assert.ThrowsAsync<IcwsSessionExpiredException>(() => session.GetStatusMessagesAsync());
        Assert.Equal(401, expired.StatusCode);
        await session.LogoutAsync(); // idempotent
        await survivor.LogoutAsync();
    }

    private Task<HttpResponseMessage> PostLoginAsync(string userId, string password, string? acceptLanguage, string? include = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, include is null ? "/icws/connection" : $"/icws/connection?include={include}")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["__type"] = "urn:inin.com:connection:icAuthConnectionRequestSettings",
                    ["applicationName"] = "IcwsContractTests",
                    ["userID"] = userId,
                    ["password"] = password,
                }),
                Encoding.UTF8,
                "application/vnd.inin.icws+json"),
        };
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        return sim.RawHttp.SendAsync(request);
    }
}
