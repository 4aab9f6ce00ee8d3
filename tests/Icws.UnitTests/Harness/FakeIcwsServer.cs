using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PureConnect.Icws.UnitTests.Harness;

/// <summary>
/// A tiny ICWS server on a real Kestrel (<c>http://127.0.0.1:0</c>): answers the login, enforces the session cookie and
/// CSRF header like CIC (401 otherwise), records every request and answers canned responses registered with <see cref="On(string, string, int, string?)"/>.
/// Session paths are registered relative to <c>/icws/{sessionId}/</c>.
/// </summary>
public sealed class FakeIcwsServer : IAsyncDisposable
{
    public const string SessionId = "1234567";
    public const string CsrfToken = "Y3NyZi10b2tlbg==";
    public const string CookieValue = "icws_1234567=c00kie-value";
    public const string IcwsJson = "application/vnd.inin.icws+json";

    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.OrdinalIgnoreCase);
    private readonly WebApplication _app;

    private FakeIcwsServer(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri Uri { get; private set; } = null!;

    /// <summary>Version of the "messaging" feature announced at login (2 or more enables server-sent events).</summary>
    public int MessagingVersion { get; set; } = 1;

    /// <summary>Replaces the standard successful login.</summary>
    public RequestDelegate? Login { get; set; }

    public static async Task<FakeIcwsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeIcwsServer(builder.Build());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        server.Uri = new Uri(server._app.Urls.First());
        return server;
    }

    public void On(string method, string path, int status, string? body = null) =>
        On(method, path, context => Respond(context, status, body));

    public void On(string method, string path, RequestDelegate handler) => _routes[$"{method} {path}"] = handler;

    public IReadOnlyList<RecordedRequest> SessionRequests() =>
        [.. Requests.Where(r => r.Path.StartsWith($"/icws/{SessionId}/", StringComparison.Ordinal))];

    public static async Task Respond(HttpContext context, int status, string? body, string contentType = IcwsJson)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        if (body is not null)
            await context.Response.WriteAsync(body);
    }

    public static Task Error(HttpContext context, int status, string errorId, string message) =>
        Respond(context, status, $$"""{"errorId":"{{errorId}}","message":"{{message}}"}""");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Requests.Enqueue(await RecordAsync(context));
        var path = context.Request.Path.Value ?? "";
        var sessionPrefix = $"/icws/{SessionId}/";
        if (path.StartsWith(sessionPrefix, StringComparison.Ordinal))
        {
            var relative = path[sessionPrefix.Length..];
            if (!HasSessionTokens(context, relative))
            {
                context.Response.Headers.WWWAuthenticate = "ICWS realm=\"ICWS\" location=\"/ICWS/connection\"";
                await Respond(context, 401, """{"errorId":"error.request.session.invalid","message":"Session token missing.","errorCode":1}""");
                return;
            }

            path = relative;
        }
        else if (path == "/icws/connection" && context.Request.Method == "POST")
        {
            await (Login ?? SucceedLogin)(context);
            return;
        }

        if (_routes.TryGetValue($"{context.Request.Method} {path}", out var handler))
            await handler(context);
        else
            await Error(context, 404, "error.request.notFound", $"No canned response for {context.Request.Method} {path}.");
    }

    // The messages resource needs only the cookie (so an EventSource works); everything else needs the CSRF header too.
    private static bool HasSessionTokens(HttpContext context, string relativePath) =>
        context.Request.Headers.Cookie.ToString().Contains(CookieValue, StringComparison.Ordinal)
        && (relativePath == "messaging/messages" || context.Request.Headers["ININ-ICWS-CSRF-Token"] == CsrfToken);

    private Task SucceedLogin(HttpContext context)
    {
        context.Response.Headers["ININ-ICWS-Session-ID"] = SessionId;
        context.Response.Headers["ININ-ICWS-CSRF-Token"] = CsrfToken;
        context.Response.Headers.Location = $"/icws/{SessionId}/connection";
        context.Response.Headers.SetCookie = $"{CookieValue}; Path=/icws/{SessionId}; HttpOnly";
        return Respond(context, 201, CannedIcws.ConnectionResponse(MessagingVersion));
    }

    private static async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new RecordedRequest(
            context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", context.Request.Host.Host, headers, body);
    }
}
