using PureConnect.AppHost;

namespace PureConnect.IntegrationTests.AppHost;

public sealed class StartupPriorityTests
{
    [Fact]
    public void A_deferred_service_starts_through_nice_with_its_own_command_and_arguments()
    {
        Assert.True(StartupPriority.Available, "nice exists on the machines the AppHost runs on");

        var (command, arguments) = StartupPriority.Deferred("/usr/bin/dotnet", "Service.dll", "--flag");

        Assert.Equal("/usr/bin/nice", command);
        Assert.Equal(["-n", "10", "/usr/bin/dotnet", "Service.dll", "--flag"], arguments);
    }
}
