using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PureConnect.ServiceDefaults;

/// <summary>
/// Every error of a JSON API as <see cref="JsonError"/>, in every environment: a request the endpoint cannot read (no body,
/// malformed JSON, a value of the wrong type, too large, not JSON) through the exception handler, an answer without a body
/// (unknown route, wrong method) through the status code pages, and an unhandled exception as 500 <c>server.error</c>
/// that tells nothing about the server's insides (the exception is logged).
/// </summary>
public static class JsonErrors
{
    public const string ServerError = "server.error";

    /// <summary>Makes minimal APIs throw on a request they cannot bind (also outside Development), so the handler describes it.</summary>
    public static IServiceCollection AddJsonErrors(this IServiceCollection services) =>
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

    /// <summary>Call first, so that the handler wraps everything after it.</summary>
    public static WebApplication UseJsonErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteExceptionAsync,
            // A request the client got wrong is not a server error: only real failures are logged as errors.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages(context => WriteAsync(context.HttpContext.Response, context.HttpContext.Response.StatusCode));
        return app;
    }

    /// <summary>The body for an answer of this status (and the code a read failure deserves).</summary>
    public static JsonError For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => new("request.invalid", "The request could not be read: its body is missing, is not valid JSON, or has a value of the wrong type."),
        StatusCodes.Status404NotFound => new("notFound", "There is nothing at this address."),
        StatusCodes.Status405MethodNotAllowed => new("request.methodNotAllowed", "This address does not take that method."),
        StatusCodes.Status408RequestTimeout => new("request.timeout", "The request took too long to arrive."),
        StatusCodes.Status413PayloadTooLarge => new("request.tooLarge", "The request body is larger than this API accepts."),
        StatusCodes.Status415UnsupportedMediaType => new("request.notJson", "The request body must be JSON (Content-Type: application/json)."),
        StatusCodes.Status431RequestHeaderFieldsTooLarge => new("request.headersTooLarge", "The request headers are too large."),
        >= 500 => new(ServerError, "Something went wrong on the server. It has been logged."),
        _ => new("request.failed", "The request failed."),
    };

    private static Task WriteExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        return WriteAsync(context.Response, status);
    }

    private static Task WriteAsync(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return response.WriteAsJsonAsync(For(status));
    }
}
