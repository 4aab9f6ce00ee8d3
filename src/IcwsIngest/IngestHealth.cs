using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PureConnect.IcwsIngest;

/// <summary>Readiness of the ingest: healthy while the monitoring session is up.</summary>
public sealed class IngestHealth : IHealthCheck
{
    private volatile Uri? _server;

    public void Connected(Uri server) => _server = server;

    public void Disconnected() => _server = null;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_server is { } server
            ? HealthCheckResult.Healthy($"Monitoring session open on {server}")
            : HealthCheckResult.Unhealthy("No monitoring session to CIC"));
}
