using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace PureConnect.CrmProjector.UnitTests;

/// <summary>How the projector's host is put together (built, not started: nothing here needs a database or a broker).</summary>
public sealed class HostingDefaultsTests
{
    [Fact]
    public async Task MassTransit_usage_telemetry_is_off()
    {
        await using var app = Build(rabbit: null);

        Assert.False(app.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }

    [Fact]
    public async Task Health_checks_PostgreSQL_and_the_RabbitMQ_bus()
    {
        await using var app = Build(rabbit: "amqp://guest:guest@127.0.0.1:5672/");

        var checks = app.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Select(r => r.Name).ToList();

        Assert.Contains("postgresql", checks);
        Assert.Contains(checks, c => c.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
    }

    private static Microsoft.AspNetCore.Builder.WebApplication Build(string? rabbit) =>
        CrmProjectorApplication.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:pureconnect"] = "Host=127.0.0.1;Port=1;Database=none;Username=none",
            ["ConnectionStrings:rabbitmq"] = rabbit,
        }));
}
