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

    [Fact]
    public async Task An_unreachable_CIC_server_is_named_in_the_health_until_a_session_opens()
    {
        var health = new IngestHealth(new FakeTimeProvider());
        health.Disconnected("Connection refused (127.0.0.1:9)");

        var unhealthy = await health.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, unhealthy.Status);
        Assert.Equal("No monitoring session to CIC (the last attempt: Connection refused (127.0.0.1:9))", unhealthy.Description);

        health.Connected(new Uri("https://cic.example.com:8019"));
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
        health.Disconnected();
        Assert.Equal("No monitoring session to CIC", (await health.CheckHealthAsync(new HealthCheckContext())).Description);
    }

    [Fact]
    public async Task A_faulted_queue_subscription_degrades_the_health_until_it_recovers_or_a_new_session_starts()
    {
        var health = new IngestHealth(new FakeTimeProvider());
        health.Connected(new Uri("https://cic.example.com:8019"));

        health.SubscriptionFaulted("user-queue:agent1");
        var degraded = await health.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Contains("user-queue:agent1", degraded.Description, StringComparison.Ordinal);

        health.SubscriptionRecovered("user-queue:agent1");
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);

        health.SubscriptionFaulted("user-queue:agent2");
        health.Connected(new Uri("https://cic2.example.com:8019"));
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [Theory]
    [InlineData("user-queue:agent1", "agent1")]
    [InlineData("user-queue:", null)]
    [InlineData("workgroup:Sales", null)]
    public void A_subscription_id_names_the_user_whose_queue_it_watches(string subscriptionId, string? user) =>
        Assert.Equal(user, MonitoredSubscriptions.UserOf(subscriptionId));
}
