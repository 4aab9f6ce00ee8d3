using PureConnect.ServiceDefaults;

namespace PureConnect.CrmProjector.Operations;

public static class OperationsApi
{
    /// <summary><c>GET /operations/error-queues</c>: messages waiting per error queue (RabbitMQ transport only; empty in memory);
    /// <c>GET /operations/call-log-repairs</c>: call logs waiting to be caught up from the event store (attempts, next attempt, last error;
    /// no next attempt means the schedule is exhausted); <c>GET /operations/call-log-failures</c>: call logs Salesforce refused for good
    /// (interaction, Task id, error, when, locked), tried again only when their fields change; <c>GET /operations/salesforce-usage</c>:
    /// the org's API usage against this integration's share and what the pacing does about it.</summary>
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/operations/error-queues", async (IServiceProvider services, CancellationToken cancellationToken) =>
            services.GetService<ErrorQueueMonitor>() is { } monitor
                ? Results.Ok(await monitor.CountAsync(cancellationToken))
                : Results.Ok(new Dictionary<string, long>()));
        app.MapGet("/operations/call-log-repairs", async (CallLogs.CallLogRepairs repairs, CancellationToken cancellationToken) =>
            Results.Ok(await repairs.AllAsync(cancellationToken)));
        app.MapGet("/operations/call-log-failures", async (CallLogs.CallLogFailures failures, CancellationToken cancellationToken) =>
            Results.Ok(await failures.AllAsync(cancellationToken)));
        app.MapGet("/operations/salesforce-usage", (IServiceProvider services) =>
            services.GetService<SalesforceUsage.ApiUsageReport>() is { } report
                ? Results.Ok(report.Status())
                : Results.NotFound(new JsonError("salesforce.notConfigured", "No Salesforce org is configured (Salesforce:ClientId).")));
        return app;
    }
}
