using Microsoft.Extensions.Diagnostics.HealthChecks;
using PureConnect.AppHost;

namespace PureConnect.IntegrationTests.AppHost;

public sealed class AppHostArgumentsTests
{
    [Fact]
    public void Short_switches_become_the_configuration_keys_they_stand_for()
    {
        var expanded = AppHostArguments.Expand(["--port-offset", "100", "--data=/tmp/pc", "--silos", "2", "--rabbitmq", "--development",
            "--cic-url", "https://cic.example.com:8019", "--agents", "a1,a2"]);

        Assert.Equal(
        [
            "--PureConnect:PortOffset=100", "--PureConnect:DataFolder=/tmp/pc", "--PureConnect:Silos=2", "--PureConnect:Transport=RabbitMQ",
            "--PureConnect:Environment=Development", "--PureConnect:CicUrl=https://cic.example.com:8019", "--PureConnect:Agents=a1,a2",
        ], expanded);
    }

    [Fact]
    public void Other_arguments_pass_through_unchanged()
    {
        string[] args = ["--PureConnect:Silos=2", "--Parameters:operations-key=K", "--ConnectionStrings:pureconnect=Host=db;Database=x"];

        Assert.Equal(args, AppHostArguments.Expand(args));
    }

    [Fact]
    public void A_switch_without_its_value_is_refused_with_an_example()
    {
        var error = Assert.Throws<ArgumentException>(() => AppHostArguments.Expand(["--port-offset"]));

        Assert.Contains("--port-offset needs a value, e.g. --port-offset 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_offset_moves_the_dashboards_default_ports_and_leaves_chosen_ones()
    {
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = "http://localhost:18888",
            ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = "http://localhost:18889",
            ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = "http://localhost:29000",
        };

        var moved = AppHostArguments.DashboardUrls(100, key => environment.GetValueOrDefault(key));

        Assert.Equal(new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = "http://localhost:18988",
            ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = "http://localhost:18989",
        }, moved);
        Assert.Empty(AppHostArguments.DashboardUrls(0, key => environment.GetValueOrDefault(key)));
    }

    [Fact]
    public async Task A_prompt_health_check_answers_as_soon_as_a_probe_is_healthy()
    {
        var probes = 0;
        var result = await PromptHealthCheck.UntilHealthyAsync(
            _ => Task.FromResult(++probes < 3 ? HealthCheckResult.Unhealthy("starting") : HealthCheckResult.Healthy()),
            TimeProvider.System, TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(10), CancellationToken.None);

        Assert.Equal((HealthStatus.Healthy, 3), (result.Status, probes));
    }

    [Fact]
    public async Task A_prompt_health_check_gives_the_last_unhealthy_answer_when_its_window_ends()
    {
        var probes = 0;
        var result = await PromptHealthCheck.UntilHealthyAsync(
            _ => Task.FromResult(HealthCheckResult.Unhealthy($"probe {++probes}")),
            TimeProvider.System, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(20), CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.True(probes >= 2, $"probed {probes} time(s)");
        Assert.Equal($"probe {probes}", result.Description);
    }
}
