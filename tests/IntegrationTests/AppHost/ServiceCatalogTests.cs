using PureConnect.AppHost;

namespace PureConnect.IntegrationTests.AppHost;

/// <summary>How the AppHost configures each service: Production unless a developer asks otherwise, and the operator key.</summary>
public sealed class ServiceCatalogTests
{
    private static readonly Uri Cic = new("http://127.0.0.1:8018");

    [Fact]
    public void Services_run_as_Production_by_default()
    {
        var catalog = new ServiceCatalog(0);

        foreach (var resource in AllOf(catalog))
        {
            Assert.Equal("Production", resource.Environment["ASPNETCORE_ENVIRONMENT"]);
            Assert.Equal("Production", resource.Environment["DOTNET_ENVIRONMENT"]);
        }
    }

    [Fact]
    public void A_developer_can_ask_for_Development_and_every_service_gets_the_operations_key()
    {
        var catalog = new ServiceCatalog(0, "Development", "the-key");

        foreach (var resource in AllOf(catalog))
        {
            Assert.Equal("Development", resource.Environment["ASPNETCORE_ENVIRONMENT"]);
            Assert.Equal("the-key", resource.Environment["Operations__ApiKey"]);
        }
    }

    private static IEnumerable<ProjectResource> AllOf(ServiceCatalog catalog)
    {
        var settings = new AppHostSettings("data", null, null, "monitor", "secret", ["agent1"], 1, 55432, 0, 18888);
        return [catalog.CicServer(), catalog.AgentApi(1, "Host=127.0.0.1", Cic), catalog.Ingest(settings, "Host=127.0.0.1", Cic),
            catalog.SalesforceOrg(), catalog.Projector("Host=127.0.0.1", new Uri("http://127.0.0.1:5200")), catalog.AgentUi(1)];
    }
}
