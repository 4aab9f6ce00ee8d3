using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>One browser's view of the AgentApi: a cookie jar, the current CSRF token (taken from every answer that
/// carries one and sent on every non-GET), and the steps most tests take to get logged in.</summary>
public sealed class AgentApiClient(Uri apiUri, CookieContainer cookies) : IDisposable
{
    private readonly CookieContainer _cookies = cookies;

    private readonly HttpClient _http = new(new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true })
    {
        BaseAddress = apiUri,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public AgentApiClient(Uri apiUri)
        : this(apiUri, new CookieContainer())
    {
    }

    public string? CsrfToken { get; private set; }

    /// <summary>The same browser talking to another AgentApi instance (same cookies, same CSRF token).</summary>
    public AgentApiClient At(Uri otherInstance) => new(otherInstance, _cookies) { CsrfToken = CsrfToken, ForwardedFor = ForwardedFor };

    /// <summary>The browser address a proxy in front of AgentApi would report (<c>X-Forwarded-For</c>); none when null.</summary>
    public string? ForwardedFor { get; set; }

    public HttpClient Http => _http;

    public Task<ApiAnswer> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    /// <summary>A GET as an operator: with the operations key of the stack.</summary>
    public Task<ApiAnswer> GetAsOperatorAsync(string path) =>
        SendAsync(HttpMethod.Get, path, null, prepare: r => r.Headers.Add("X-Operations-Key", StackFixture.OperationsKey));

    public Task<ApiAnswer> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<ApiAnswer> PutAsync(string path, object? body) => SendAsync(HttpMethod.Put, path, body);

    public Task<ApiAnswer> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public Task<ApiAnswer> SendAsync(HttpMethod method, string path, object? body, bool withCsrf = true, Action<HttpRequestMessage>? prepare = null) =>
        SendContentAsync(method, path, body is null ? null : JsonContent.Create(body), withCsrf, prepare);

    /// <summary>Sends any content (also content that is not valid JSON) with the session's cookies and CSRF token;
    /// <paramref name="prepare"/> may add headers.</summary>
    public async Task<ApiAnswer> SendContentAsync(HttpMethod method, string path, HttpContent? content, bool withCsrf = true,
        Action<HttpRequestMessage>? prepare = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        prepare?.Invoke(request);

        if (ForwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", ForwardedFor);
        }

        if (withCsrf && CsrfToken is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", CsrfToken);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = string.IsNullOrWhiteSpace(text) || !(response.Content.Headers.ContentType?.MediaType?.Contains("json") ?? false)
            ? default
            : JsonDocument.Parse(text).RootElement.Clone();
        if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("csrfToken", out var token) && token.ValueKind == JsonValueKind.String)
        {
            CsrfToken = token.GetString();
        }

        return new ApiAnswer(response.StatusCode, json, text);
    }

    /// <summary>Reads the login options (which issues the first CSRF token) and posts the credentials.</summary>
    public async Task<ApiAnswer> LogInAsync(string userId, string password)
    {
        (await GetAsync("/api/login/options")).ShouldBe(HttpStatusCode.OK);
        return await PostAsync("/api/login", new { userId, password });
    }

    public Task<ApiAnswer> SelectWorkstationAsync(string stationId, bool remember = false) =>
        PostAsync("/api/login/station", new { kind = "Workstation", stationId, remember });

    /// <summary>Logs a pool agent in on their own workstation; the answer is the <c>ready</c> step.</summary>
    public async Task<ApiAnswer> LogInReadyAsync(string agentId)
    {
        var login = await LogInAsync(agentId, StackFixture.Password);
        login.ShouldBe(HttpStatusCode.OK);
        if (login.Step == "ready")
        {
            return login;
        }

        Assert.Equal("station", login.Step);
        var ready = await SelectWorkstationAsync(StackFixture.StationOf(agentId));
        ready.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("ready", ready.Step);
        return ready;
    }

    /// <summary>Logs in and sets Available, waiting until the status is back from CIC through the ingest.</summary>
    public async Task LogInAvailableAsync(string agentId)
    {
        await LogInReadyAsync(agentId);
        (await PutAsync("/api/me/status", new { statusId = "Available" })).ShouldBe(HttpStatusCode.Accepted);
        await Eventually.MatchesAsync(() => GetAsync("/api/me"), me => me.Json.GetProperty("statusId").GetString() == "Available",
            because: "the status to come back through the ingest");
    }

    public async Task<ServerSentEvents> OpenEventsAsync()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/me/events");
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new ServerSentEvents(request, response, await response.Content.ReadAsStreamAsync());
    }

    public void Dispose() => _http.Dispose();
}
