using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PureConnect.Simulators.CicServer.UnitTests.Support;

/// <summary>A logged-in ICWS session as a client holds it: id, CSRF token, cookie.</summary>
internal sealed record IcwsSession(HttpClient Http, string SessionId, string CsrfToken, string Cookie)
{
    public const string LoginType = "urn:inin.com:connection:icAuthConnectionRequestSettings";

    public static HttpRequestMessage LoginRequest(string userId, string password, string? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/icws/connection?include=features,version")
        {
            Content = IcwsContent(new { __type = LoginType, applicationName = "CicServer tests", userID = userId, password }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return request;
    }

    public static async Task<IcwsSession> LogInAsync(HttpClient http, string userId, string password)
    {
        using var response = await http.SendAsync(LoginRequest(userId, password));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var sessionId = response.Headers.GetValues("ININ-ICWS-Session-ID").Single();
        var cookie = response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        return new IcwsSession(http, sessionId, response.Headers.GetValues("ININ-ICWS-CSRF-Token").Single(), cookie);
    }

    /// <summary>A request to <c>/icws/{sessionId}/{path}</c> with the cookie and, unless told otherwise, the CSRF header.</summary>
    public HttpRequestMessage Request(HttpMethod method, string path, object? body = null, bool csrf = true)
    {
        var request = new HttpRequestMessage(method, $"/icws/{SessionId}/{path}");
        request.Headers.Add("Cookie", Cookie);
        if (csrf)
        {
            request.Headers.Add("ININ-ICWS-CSRF-Token", CsrfToken);
        }

        if (body is not null)
        {
            request.Content = IcwsContent(body);
        }

        return request;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, bool csrf = true) =>
        await Http.SendAsync(Request(method, path, body, csrf));

    public async Task SendOkAsync(HttpMethod method, string path, object? body = null)
    {
        using var response = await SendAsync(method, path, body);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static StringContent IcwsContent(object body)
    {
        var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.inin.icws+JSON; charset=utf-8");
        return content;
    }

    /// <summary>A user, its station and a workgroup of its own, through the control API.</summary>
    public static async Task<(string UserId, string Station, string Workgroup)> CreateAgentAsync(HttpClient http)
    {
        var userId = SimulatorHost.Unique("agent");
        var station = SimulatorHost.Unique("station");
        var workgroup = SimulatorHost.Unique("wg");
        (await http.PostAsJsonAsync("/control/users", new { userId, password = "pw" })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync("/control/stations", new { stationId = station })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { userId } })).EnsureSuccessStatusCode();
        return (userId, station, workgroup);
    }
}
