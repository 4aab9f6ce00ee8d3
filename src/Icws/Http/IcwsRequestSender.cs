using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PureConnect.Icws.Http;

/// <summary>
/// Sends ICWS requests: builds URIs under <c>/icws</c>, adds the Accept, Accept-Language, CSRF and Cookie headers,
/// accepts any 2xx and maps everything else (statuses, timeouts, unreachable server) to <see cref="IcwsException"/>s.
/// </summary>
internal sealed class IcwsRequestSender
{
    private static readonly MediaTypeHeaderValue JsonContentType = new(IcwsHttp.MediaType) { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly Uri _root;
    private readonly string _language;

    public IcwsRequestSender(HttpClient http, Uri serverUri, string language, IcwsSessionTokens? session = null)
    {
        _http = http;
        _root = serverUri.AbsoluteUri.EndsWith('/') ? serverUri : new Uri(serverUri.AbsoluteUri + "/");
        _language = language;
        Session = session;
    }

    /// <summary>Root of the server this sender talks to.</summary>
    public Uri ServerUri => _root;

    public IcwsSessionTokens? Session { get; }

    /// <summary>A sender for the same server that carries the given session's tokens.</summary>
    public IcwsRequestSender ForSession(IcwsSessionTokens session) => new(_http, _root, _language, session);

    /// <summary><c>/icws/{pathUnderIcws}</c>.</summary>
    public Uri IcwsUri(string pathUnderIcws) => new(_root, "icws/" + pathUnderIcws);

    /// <summary><c>/icws/{sessionId}/{pathUnderSession}</c>.</summary>
    public Uri SessionUri(string pathUnderSession) =>
        IcwsUri(Uri.EscapeDataString(RequireSession().SessionId) + "/" + pathUnderSession);

    public HttpRequestMessage CreateRequest(HttpMethod method, Uri uri, JsonNode? body = null, string accept = IcwsHttp.MediaType)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        request.Headers.TryAddWithoutValidation("Accept-Language", _language);
        if (Session is { } session)
        {
            request.Headers.TryAddWithoutValidation(IcwsHttp.CsrfTokenHeader, session.CsrfToken);
            if (session.Cookie is { } cookie)
                request.Headers.TryAddWithoutValidation(IcwsHttp.CookieHeader, cookie);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = JsonContentType;
        }

        return request;
    }

    /// <summary>Sends a request on the session (<paramref name="pathUnderSession"/> is below <c>/icws/{sessionId}/</c>).</summary>
    public async Task<IcwsResponse> SendAsync(HttpMethod method, string pathUnderSession, JsonNode? body, CancellationToken ct)
    {
        using var request = CreateRequest(method, SessionUri(pathUnderSession), body);
        return await SendAsync(request, IcwsCallKind.Session, ct).ConfigureAwait(false);
    }

    public async Task<IcwsResponse> SendAsync(HttpRequestMessage request, IcwsCallKind kind, CancellationToken ct)
    {
        var operation = $"{request.Method} {request.RequestUri?.AbsolutePath}";
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw await IcwsErrorMapper.MapAsync(response, kind, ct).ConfigureAwait(false);

            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            return new IcwsResponse((int)response.StatusCode, response.Headers, body, operation);
        }
        catch (Exception ex) when (MapTransportFailure(ex, operation, ct) is { } mapped)
        {
            throw mapped;
        }
    }

    /// <summary>A file download: the body as bytes (refused beyond <paramref name="maxBytes"/>) with its content type.</summary>
    public async Task<(byte[] Content, string? ContentType)> SendForBytesAsync(HttpRequestMessage request, IcwsCallKind kind, long maxBytes, CancellationToken ct)
    {
        var operation = $"{request.Method} {request.RequestUri?.AbsolutePath}";
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw await IcwsErrorMapper.MapAsync(response, kind, ct).ConfigureAwait(false);

            if (response.Content.Headers.ContentLength > maxBytes)
                throw new IcwsProtocolException($"ICWS {operation} answered a file larger than {maxBytes} bytes.");

            await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
            {
                if (copy.Length + read > maxBytes)
                    throw new IcwsProtocolException($"ICWS {operation} answered a file larger than {maxBytes} bytes.");
                copy.Write(buffer, 0, read);
            }

            return (copy.ToArray(), response.Content.Headers.ContentType?.MediaType);
        }
        catch (Exception ex) when (MapTransportFailure(ex, operation, ct) is { } mapped)
        {
            throw mapped;
        }
    }

    /// <summary>A request whose answer is a file: its bytes, content type and file name (from <c>Content-Disposition</c>).</summary>
    public async Task<(byte[] Content, string? ContentType, string? FileName)> SendForBytesAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var operation = $"{request.Method} {request.RequestUri?.AbsolutePath}";
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw await IcwsErrorMapper.MapAsync(response, IcwsCallKind.Session, ct).ConfigureAwait(false);

            var headers = response.Content.Headers;
            return (await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false), headers.ContentType?.MediaType,
                (headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName)?.Trim('"'));
        }
        catch (Exception ex) when (MapTransportFailure(ex, operation, ct) is { } mapped)
        {
            throw mapped;
        }
    }

    /// <summary>Timeouts and unreachable servers as ICWS exceptions; null for anything else (including caller cancellation).</summary>
    public static IcwsException? MapTransportFailure(Exception ex, string operation, CancellationToken ct) => ex switch
    {
        IcwsException => null,
        OperationCanceledException when ct.IsCancellationRequested => null,
        OperationCanceledException or TimeoutRejectedException => new IcwsTimeoutException($"ICWS {operation} timed out.", ex),
        BrokenCircuitException => new IcwsRequestException($"ICWS {operation} was not sent: the circuit breaker is open.", null, null, null, ex),
        HttpRequestException or IOException => new IcwsRequestException($"ICWS {operation} failed: {ex.Message}", null, null, null, ex),
        _ => null,
    };

    private IcwsSessionTokens RequireSession() =>
        Session ?? throw new InvalidOperationException("This request needs a session.");
}
