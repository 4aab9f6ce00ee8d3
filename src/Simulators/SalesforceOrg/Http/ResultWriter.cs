using PureConnect.Simulators.SalesforceOrg.Api;

namespace PureConnect.Simulators.SalesforceOrg.Http;

/// <summary>Writes an <see cref="ApiResult"/> as the HTTP response.</summary>
internal static class ResultWriter
{
    public static async Task WriteAsync(HttpContext context, ApiResult result)
    {
        context.Response.StatusCode = result.StatusCode;
        foreach (var (name, value) in result.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;

        if (result.Body is not null)
            await context.Response.WriteAsJsonAsync(result.Body, context.RequestAborted);
    }
}
