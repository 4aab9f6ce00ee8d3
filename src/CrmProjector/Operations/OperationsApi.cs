namespace PureConnect.CrmProjector.Operations;

public static class OperationsApi
{
    /// <summary><c>GET /operations/error-queues</c>: messages waiting per error queue (RabbitMQ transport only; empty in memory).</summary>
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/operations/error-queues", async (IServiceProvider services, CancellationToken cancellationToken) =>
            services.GetService<ErrorQueueMonitor>() is { } monitor
                ? Results.Ok(await monitor.CountAsync(cancellationToken))
                : Results.Ok(new Dictionary<string, long>()));
        return app;
    }
}
