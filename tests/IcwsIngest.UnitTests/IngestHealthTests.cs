using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace PureConnect.IcwsIngest.UnitTests;

public sealed class IngestHealthTests
{
    [Fact]
    public async Task Parked_work_degrades_the_health_for_a_while_then_it_is_healthy_again()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var health = new IngestHealth(time);
        health.Connected(new Uri("https://cic.example.com:8019"));
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);

        health.WorkParked();
        var degraded = await health.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Contains("/operations/parked", degraded.Description, StringComparison.Ordinal);

        time.Advance(IngestHealth.ParkedWorkShown);
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
        health.Disconnected();
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
    }
}
