using System.Text.Json;
using PureConnect.Simulators.CicServer.Contracts;

namespace PureConnect.Simulators.CicServer.Http;

/// <summary>An ICWS response: status, optional JSON body in the ICWS media type, extra headers.</summary>
internal sealed class IcwsResult(int statusCode, object? body = null, IReadOnlyDictionary<string, string>? headers = null) : IResult
{
    public static IcwsResult Ok(object? body = null) => new(StatusCodes.Status200OK, body);

    public static IcwsResult Status(int statusCode) => new(statusCode);

    public static IcwsResult Error(int statusCode, string? errorId, string message, int? errorCode = null) =>
        new(statusCode, new IcwsError(errorId, message, errorCode));

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.Headers.CacheControl = "no-cache, no-store, must-revalidate";
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response.Headers.Append(name, value);
        }

        if (statusCode == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "ICWS realm=\"ICWS\" location=\"/ICWS/connection\"";
        }

        if (body is not null)
        {
            response.ContentType = IcwsJson.ContentType;
            await JsonSerializer.SerializeAsync(response.Body, body, body.GetType(), IcwsJson.Options, httpContext.RequestAborted);
        }
    }
}
