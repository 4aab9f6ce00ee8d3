using Microsoft.AspNetCore.Antiforgery;

namespace PureConnect.AgentApi.Http;

/// <summary>
/// Every request other than GET/HEAD must carry the antiforgery token in <c>X-CSRF-TOKEN</c> (with its cookie); a missing
/// or wrong token is a 400 <c>csrf.invalid</c>. The token is bound to the signed-in user, so it changes at login.
/// </summary>
public sealed class CsrfFilter(IAntiforgery antiforgery, ILogger<CsrfFilter> logger) : IEndpointFilter
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException ex)
            {
                logger.LogWarning("Refused {Method} {Path} for {UserId}: {Reason}", http.Request.Method, http.Request.Path, http.User.AgentId(), ex.Message);
                return ApiErrors.Error("csrf.invalid", $"The {HeaderName} header is missing or does not match this session.");
            }
        }

        return await next(context);
    }
}
