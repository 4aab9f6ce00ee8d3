using PureConnect.Simulators.SalesforceOrg.Api;
using PureConnect.Simulators.SalesforceOrg.Engine;
using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Simulators.SalesforceOrg.Http;

/// <summary>
/// In front of <c>/services/data</c>: puts <c>Sforce-Limit-Info</c> on every response, then checks the bearer token
/// (401 <c>INVALID_SESSION_ID</c>), counts the request against the rolling allocation (403
/// <c>REQUEST_LIMIT_EXCEEDED</c> when used up; refused and unauthenticated requests are not counted) and applies
/// armed faults. The versions list (<c>GET /services/data</c>) needs no token and is not counted.
/// </summary>
internal sealed class DataApiGate(RequestDelegate next, TokenStore tokens, ApiUsageCounter usage, FaultInjector faults, SalesforceOrgOptions options)
{
    public const string LimitInfoHeader = "Sforce-Limit-Info";

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/services/data", out var rest))
        {
            await next(context);
            return;
        }

        context.Response.OnStarting(() =>
        {
            var (used, limit) = usage.Current;
            context.Response.Headers[LimitInfoHeader] = $"api-usage={used}/{limit}";
            return Task.CompletedTask;
        });
        if (!rest.HasValue || rest.Value == "/")
        {
            await next(context);
            return;
        }

        if (BearerToken(context) is not { } token || tokens.Validate(token) is null)
        {
            await ResultWriter.WriteAsync(context, ApiResult.Error(401, ErrorCodes.InvalidSessionId, "Session expired or invalid"));
            return;
        }

        if (!usage.TryConsume())
        {
            await ResultWriter.WriteAsync(context, ApiResult.Error(403, ErrorCodes.RequestLimitExceeded, "TotalRequests Limit exceeded."));
            return;
        }

        if (faults.TryTake(context.Request.Method, path.ToUriComponent() + context.Request.QueryString.ToUriComponent()) is { } fault)
        {
            await ResultWriter.WriteAsync(context, FaultResults.For(fault, options));
            return;
        }

        await next(context);
    }

    private static string? BearerToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        foreach (var scheme in new[] { "Bearer ", "OAuth " })
        {
            if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
                return header[scheme.Length..].Trim();
        }

        return null;
    }
}
