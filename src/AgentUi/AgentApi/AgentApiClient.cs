using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PureConnect.AgentUi.AgentApi;

/// <summary>
/// HTTP client of AgentApi on behalf of the agent of this request or circuit: sends the agent's AgentApi cookies
/// and CSRF token, keeps what AgentApi renews, and turns answers into <see cref="ApiResult{T}"/>. Logs paths and
/// status codes, never cookies, tokens or bodies.
/// </summary>
public sealed class AgentApiClient(HttpClient http, AgentApiSessionHolder session, TimeProvider time, ILogger<AgentApiClient> logger)
{
    /// <summary>AgentApi's JSON: camelCase, enums as strings.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private const string CsrfHeader = "X-CSRF-TOKEN";

    /// <summary>Sends a request; <paramref name="body"/> goes as JSON.</summary>
    public async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body = null, CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(method, path, body);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            KeepRenewals(response);
            if (response.IsSuccessStatusCode)
            {
                return new(response.StatusCode, await ReadValueAsync<T>(response, cancellationToken), null);
            }

            var error = await ReadErrorAsync(response, cancellationToken);
            session.Update(s => s.WithCsrfToken(error.CsrfToken));
            logger.LogInformation("AgentApi {Method} {Path} answered {Status} {Code}", method, path, (int)response.StatusCode, error.Code);
            return new(response.StatusCode, default, error);
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning("AgentApi {Method} {Path} could not be reached: {Reason}", method, path, exception.Message);
            return new(HttpStatusCode.ServiceUnavailable, default, new ApiError(ApiError.UnreachableCode, null));
        }
        catch (JsonException exception)
        {
            logger.LogError(exception, "AgentApi {Method} {Path} answered JSON this client cannot read", method, path);
            return new(HttpStatusCode.BadGateway, default, new ApiError("api.badResponse", null));
        }
    }

    /// <summary>Opens <c>GET /api/me/events</c>; the caller reads and disposes the response.</summary>
    /// <summary>Sends raw bytes (an email attachment) with their content type.</summary>
    public async Task<ApiResult<object>> SendBytesAsync(HttpMethod method, string path, byte[] content, string contentType, CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(method, path, null);
        request.Content = new ByteArrayContent(content);
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var type)
            ? type
            : new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            KeepRenewals(response);
            return response.IsSuccessStatusCode
                ? new(response.StatusCode, null, null)
                : new(response.StatusCode, null, await ReadErrorAsync(response, cancellationToken));
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning("AgentApi {Method} {Path} could not be reached: {Reason}", method, path, exception.Message);
            return new(HttpStatusCode.ServiceUnavailable, default, new ApiError(ApiError.UnreachableCode, null));
        }
    }

    /// <summary>A file the AgentApi serves (an email attachment): its bytes, type and name, or the error.</summary>
    public async Task<(byte[]? Content, string? ContentType, string? FileName, ApiError? Error)> DownloadAsync(string path, CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(HttpMethod.Get, path, null);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            KeepRenewals(response);
            if (!response.IsSuccessStatusCode)
            {
                return (null, null, null, await ReadErrorAsync(response, cancellationToken));
            }

            var headers = response.Content.Headers;
            return (await response.Content.ReadAsByteArrayAsync(cancellationToken), headers.ContentType?.MediaType,
                (headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName)?.Trim('"'), null);
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning("AgentApi GET {Path} could not be reached: {Reason}", path, exception.Message);
            return (null, null, null, new ApiError(ApiError.UnreachableCode, null));
        }
    }

    public async Task<HttpResponseMessage> OpenEventStreamAsync(CancellationToken cancellationToken)
    {
        using var request = CreateRequest(HttpMethod.Get, "/api/me/events", null);
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        KeepRenewals(response);
        return response;
    }

    /// <summary>Opens a file download (<c>GET</c> <paramref name="path"/>) with the agent's session; the caller streams and disposes the response.</summary>
    public async Task<HttpResponseMessage> OpenDownloadAsync(string path, CancellationToken cancellationToken)
    {
        using var request = CreateRequest(HttpMethod.Get, path, null);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        KeepRenewals(response);
        return response;
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string path, object? body)
    {
        var current = session.Current;
        var request = new HttpRequestMessage(method, path);
        if (current.CookieHeader is { } cookies)
        {
            request.Headers.Add("Cookie", cookies);
        }

        if (method != HttpMethod.Get && method != HttpMethod.Head && current.CsrfToken is { } token)
        {
            request.Headers.Add(CsrfHeader, token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        return request;
    }

    private void KeepRenewals(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            var now = time.GetUtcNow();
            session.Update(s => s.WithSetCookies(setCookies, now));
        }
    }

    private static async Task<T?> ReadValueAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var isJson = response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true;
        return isJson && response.StatusCode != HttpStatusCode.NoContent
            ? await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            : default;
    }

    private static async Task<ApiError> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return new ApiError(ApiError.UnauthorizedCode, null);
        }

        try
        {
            var error = await ReadValueAsync<ApiError>(response, cancellationToken);
            if (error is { Code.Length: > 0 })
            {
                return error;
            }
        }
        catch (JsonException)
        {
            // Not an AgentApi error body (a proxy's page, say): fall through to the status code.
        }

        return new ApiError($"http.{(int)response.StatusCode}", response.ReasonPhrase);
    }
}
