using System.Net.Sockets;

namespace PureConnect.AgentUi.AgentApi;

/// <summary>
/// Sends each request to an AgentApi instance that answers: on a connection failure (refused, reset before anything was
/// sent, unknown host) the same request goes to the next instance. Only failures where the request could not have been
/// processed are retried, so a command is never run twice. Also tells AgentApi which browser a request came from
/// (<c>X-Forwarded-For</c>), for its log-in throttling.
/// </summary>
public sealed class AgentApiFailoverHandler(AgentApiEndpoints endpoints, IHttpContextAccessor contexts, ILogger<AgentApiFailoverHandler> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (contexts.HttpContext?.Connection.RemoteIpAddress is { } browser)
        {
            request.Headers.Remove("X-Forwarded-For");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", browser.ToString());
        }

        var path = request.RequestUri is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : request.RequestUri?.OriginalString ?? "/";
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken); // sendable again

        HttpRequestException? last = null;
        foreach (var endpoint in endpoints.InTryOrder())
        {
            using var attempt = Clone(request, body, new Uri(endpoint, path));
            try
            {
                var response = await base.SendAsync(attempt, cancellationToken);
                endpoints.Answered(endpoint);
                return response;
            }
            catch (HttpRequestException ex) when (NotSent(ex))
            {
                logger.LogWarning("AgentApi at {Endpoint} cannot be reached ({Reason}); trying the next instance", endpoint, ex.HttpRequestError);
                last = ex;
            }
        }

        throw last!;
    }

    private static bool NotSent(HttpRequestException ex) =>
        ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
        || ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable };

    private static HttpRequestMessage Clone(HttpRequestMessage request, byte[]? body, Uri uri)
    {
        var clone = new HttpRequestMessage(request.Method, uri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var header in request.Headers)
        {
            clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (request.Content is { } content && body is not null)
        {
            clone.Content = new ByteArrayContent(body);
            foreach (var header in content.Headers)
            {
                clone.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        foreach (var option in request.Options)
        {
            clone.Options.TryAdd(option.Key, option.Value);
        }

        return clone;
    }
}
