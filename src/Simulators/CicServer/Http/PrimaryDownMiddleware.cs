using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Http;

/// <summary>
/// While the primary server is down (<see cref="CicEngine.IsPrimaryDown"/>), drops every ICWS request that reaches it by
/// a primary host name without an answer, as a dead machine would; the alternate host names keep serving.
/// </summary>
internal sealed class PrimaryDownMiddleware(RequestDelegate next, CicEngine engine)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (engine.IsPrimaryDown
            && context.Request.Path.StartsWithSegments("/icws")
            && engine.Options.EffectivePrimaryHostNames().Contains(context.Request.Host.Host, StringComparer.OrdinalIgnoreCase))
        {
            context.Abort();
            return Task.CompletedTask;
        }

        return next(context);
    }
}
