using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Http;

/// <summary>Turns engine refusals and unreadable requests into error responses with the ICWS error body
/// (in the ICWS media type under <c>/icws</c>, plain JSON under <c>/control</c>).</summary>
internal sealed class ErrorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (IcwsErrorException e) when (!context.Response.HasStarted)
        {
            await WriteAsync(context, e.StatusCode, e.ErrorId, e.Message, e.ErrorCode);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await WriteAsync(context, e.StatusCode, ErrorIds.InvalidRepresentation, e.Message, null);
        }
    }

    private static Task WriteAsync(HttpContext context, int statusCode, string errorId, string message, int? errorCode)
    {
        context.Response.Clear();
        if (context.Request.Path.StartsWithSegments("/icws"))
        {
            return IcwsResult.Error(statusCode, errorId, message, errorCode).ExecuteAsync(context);
        }

        context.Response.StatusCode = statusCode;
        return context.Response.WriteAsJsonAsync(new Contracts.IcwsError(errorId, message, errorCode), IcwsJson.Options);
    }
}
