using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Http;

/// <summary>Applies armed <see cref="FaultRule"/>s to ICWS requests (never to the control API).</summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector faults, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/icws") && faults.TryTake(path.Value ?? "") is { } fault)
        {
            if (fault.DelayMs > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(fault.DelayMs), time, context.RequestAborted);
            }

            if (fault.StatusCode != 0)
            {
                await IcwsResult.Error(fault.StatusCode, ErrorIds.InjectedFault, $"Fault injected by the simulator ({fault.StatusCode}).")
                    .ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }
}
