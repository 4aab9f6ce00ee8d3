using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PureConnect.ServiceDefaults;

namespace PureConnect.IntegrationTests.ServiceDefaults;

/// <summary>Per-operation log categories (a line per SQL command, HTTP request or grain placement) are quiet by default in every
/// service, and the configuration can still turn each one up.</summary>
public sealed class LoggingDefaultsTests
{
    [Theory]
    [InlineData("Npgsql.Command")]
    [InlineData("Polly")]
    [InlineData("System.Net.Http.HttpClient.icws.LogicalHandler")]
    [InlineData("Orleans.Runtime.SiloOptionsLogger")]
    public void Per_operation_categories_log_warnings_only(string category)
    {
        using var services = Build([]);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public void The_configuration_can_turn_a_category_up_and_other_categories_keep_their_level()
    {
        using var services = Build(["--Logging:LogLevel:Npgsql.Command=Debug"]);
        var factory = services.GetRequiredService<ILoggerFactory>();

        Assert.True(factory.CreateLogger("Npgsql.Command").IsEnabled(LogLevel.Debug));
        Assert.True(factory.CreateLogger("PureConnect.Grains.Agents.AgentGrain").IsEnabled(LogLevel.Information));
    }

    private static ServiceProvider Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.AddServiceDefaults();
        return builder.Services.BuildServiceProvider();
    }
}
