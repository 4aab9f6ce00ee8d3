using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Http;

public sealed class ConnectionHttpTests(SimulatorHost host) : IClassFixture<SimulatorHost>
{
    private const string IcwsJson = "application/vnd.inin.icws+json";

    [Fact]
    public async Task Login_answers_201_with_the_session_headers_cookie_and_requested_includes()
    {
        using var response = await host.Http.SendAsync(IcwsSession.LoginRequest("agent1", "1234"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(IcwsJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var sessionId = body.GetProperty("sessionId").GetString()!;
        Assert.Matches("^[0-9]+$", sessionId);
        Assert.Equal(sessionId, response.Headers.GetValues("ININ-ICWS-Session-ID").Single());
        Assert.Equal(body.GetProperty("csrfToken").GetString(), response.Headers.GetValues("ININ-ICWS-CSRF-Token").Single());
        Assert.Equal($"/icws/{sessionId}/connection", response.Headers.Location?.OriginalString);
        Assert.Matches($"^icws_{sessionId}=[^;]+; Path=/icws/{sessionId}; HttpOnly$", response.Headers.GetValues("Set-Cookie").Single());
        Assert.Equal("agent1", body.GetProperty("userID").GetString());
        Assert.Equal("Alex Agent", body.GetProperty("userDisplayName").GetString());
        Assert.Equal("CICSIM", body.GetProperty("icServer").GetString());
        // Asked on 127.0.0.1, the default alternate host, so the other server is the primary (localhost).
        Assert.Equal(["localhost"], body.GetProperty("alternateHostList").EnumerateArray().Select(h => h.GetString()));
        var features = body.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("featureId").GetString()!, f => f.GetProperty("version").GetInt32());
        Assert.Equal(2, features["messaging"]);
        Assert.Equal("18", body.GetProperty("version").GetProperty("majorVersion").GetString());
    }

    [Fact]
    public async Task The_alternate_host_list_names_the_other_server_never_the_one_that_was_asked()
    {
        using var onPrimary = await host.Http.SendAsync(IcwsSession.LoginRequest("agent6", "1234", host: $"localhost:{host.BaseAddress.Port}"));
        using var onAlternate = await host.Http.SendAsync(IcwsSession.LoginRequest("agent6", "1234", host: $"127.0.0.1:{host.BaseAddress.Port}"));

        Assert.Equal(["127.0.0.1"], await AlternateHostsOfAsync(onPrimary));
        Assert.Equal(["localhost"], await AlternateHostsOfAsync(onAlternate));
    }

    [Fact]
    public async Task A_bad_password_is_a_400_with_the_authentication_failure_error_id()
    {
        using var response = await host.Http.SendAsync(IcwsSession.LoginRequest("agent1", "not-the-password"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(IcwsJson, response.Content.Headers.ContentType?.MediaType);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("error.request.connection.authenticationFailure", error.GetProperty("errorId").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Login_without_Accept_Language_is_a_400()
    {
        using var request = IcwsSession.LoginRequest("agent1", "1234");
        request.Headers.AcceptLanguage.Clear();

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Session_requests_without_the_csrf_header_are_401_except_message_retrieval()
    {
        var session = await IcwsSession.LogInAsync(host.Http, "agent2", "1234");

        using var withoutCsrf = await session.SendAsync(HttpMethod.Get, "connection", csrf: false);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCsrf.StatusCode);
        Assert.Equal("ICWS realm=\"ICWS\" location=\"/ICWS/connection\"", withoutCsrf.Headers.WwwAuthenticate.ToString());
        Assert.True(JsonDocument.Parse(await withoutCsrf.Content.ReadAsStringAsync()).RootElement.TryGetProperty("message", out _));

        using var wrongCookie = await host.Http.SendAsync((session with { Cookie = $"icws_{session.SessionId}=forged" }).Request(HttpMethod.Get, "connection"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCookie.StatusCode);

        using var poll = await session.SendAsync(HttpMethod.Get, "messaging/messages", csrf: false);
        Assert.Equal(HttpStatusCode.OK, poll.StatusCode);

        using var state = await session.SendAsync(HttpMethod.Get, "connection");
        Assert.Equal(1, JsonDocument.Parse(await state.Content.ReadAsStringAsync()).RootElement.GetProperty("connectionState").GetInt32());
    }

    [Fact]
    public async Task Logout_ends_the_session_and_releases_its_station()
    {
        var (userId, station, _) = await IcwsSession.CreateAgentAsync(host.Http);
        var session = await IcwsSession.LogInAsync(host.Http, userId, "pw");
        await session.SendOkAsync(HttpMethod.Put, "connection/station",
            new { __type = "urn:inin.com:connection:workstationSettings", workstation = station });

        using var logout = await session.SendAsync(HttpMethod.Delete, "connection");
        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);

        using var after = await session.SendAsync(HttpMethod.Get, "connection");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        var sessions = await host.Http.GetFromJsonAsync<JsonElement>("/control/sessions");
        Assert.DoesNotContain(sessions.EnumerateArray(), s => s.GetProperty("sessionId").GetString() == session.SessionId);
    }

    [Fact]
    public async Task Interaction_commands_answer_404_for_unknown_and_403_for_someone_elses_interactions()
    {
        var (userId, station, workgroup) = await IcwsSession.CreateAgentAsync(host.Http);
        var owner = await IcwsSession.LogInAsync(host.Http, userId, "pw");
        await owner.SendOkAsync(HttpMethod.Put, "connection/station", new { __type = "urn:inin.com:connection:workstationSettings", workstation = station });
        var call = await host.Http.PostAsJsonAsync("/control/calls", new { ani = "+13175550180", workgroup });
        var id = (await call.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString();
        var other = await IcwsSession.LogInAsync(host.Http, "agent3", "1234");

        using var unknown = await other.SendAsync(HttpMethod.Post, "interactions/1999999999/pickup");
        using var forbidden = await other.SendAsync(HttpMethod.Post, $"interactions/{id}/pickup");
        using var mine = await owner.SendAsync(HttpMethod.Post, $"interactions/{id}/pickup");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        using var attributes = await owner.SendAsync(HttpMethod.Get, $"interactions/{id}?select=Eic_State,Eic_CallId");
        var values = (await attributes.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attributes");
        Assert.Equal("C", values.GetProperty("Eic_State").GetString());
        Assert.Equal(id, values.GetProperty("Eic_CallId").GetString());
    }

    [Fact]
    public async Task A_user_status_put_is_accepted_with_a_request_id()
    {
        var session = await IcwsSession.LogInAsync(host.Http, "agent4", "1234");

        using var accepted = await session.SendAsync(HttpMethod.Put, "status/user-statuses/agent4", new { statusId = "At Lunch" });
        using var refused = await session.SendAsync(HttpMethod.Put, "status/user-statuses/agent4", new { statusId = "Available, Forward" });

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.False(string.IsNullOrEmpty((await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requestId").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var status = await session.SendAsync(HttpMethod.Get, "status/user-statuses/agent4");
        Assert.Equal("At Lunch", (await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusId").GetString());
    }
    private static async Task<List<string?>> AlternateHostsOfAsync(HttpResponseMessage login)
    {
        Assert.Equal(HttpStatusCode.Created, login.StatusCode);
        var body = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement;
        return [.. body.GetProperty("alternateHostList").EnumerateArray().Select(h => h.GetString())];
    }
}
