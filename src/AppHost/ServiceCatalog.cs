namespace PureConnect.AppHost;

/// <summary>
/// The services of PureConnect.Orleans and how each is wired, with Aspire's variable conventions:
/// <c>ConnectionStrings__pureconnect</c>, <c>services__{name}__http__0</c>, <c>OTEL_SERVICE_NAME</c>. Every service runs in
/// <paramref name="hostEnvironment"/> (Production unless the developer asks for Development) and takes
/// <paramref name="operationsKey"/> as the operator key of its management surfaces.
/// </summary>
public sealed class ServiceCatalog(int portOffset, string hostEnvironment = AppHostSettings.Production, string operationsKey = "")
{
    public const int CicServerPort = 8018;
    public const int AgentApiPort = 5180;
    public const int IngestPort = 5190;
    public const int ProjectorPort = 5191;
    public const int AgentUiPort = 5000;
    public const int SalesforcePort = 5200;
    public const int SiloPort = 11111;
    public const int GatewayPort = 30000;

    private int Port(int port) => port + portOffset;

    public ProjectResource CicServer() => Project("cicserver", "Simulators/CicServer", "PureConnect.Simulators.CicServer", Port(CicServerPort),
        new()
        {
            ["CicServer__CallGenerator__Enabled"] = "true",
            ["CicServer__CallGenerator__CallsPerMinute"] = "12",
            ["CicServer__CallGenerator__Workgroups__0"] = "Sales",
            ["CicServer__CallGenerator__Workgroups__1"] = "Support",
            // Interaction keys must not repeat across restarts of the simulator against the same database.
            ["CicServer__FirstInteractionId"] = (1_000_000_000 + DateTimeOffset.UtcNow.ToUnixTimeSeconds() * 10 % 8_999_999_000).ToString(),
        });

    public ProjectResource AgentApi(int silo, string connectionString, Uri cic) =>
        Project(silo == 1 ? "agentapi" : $"agentapi-{silo}", "AgentApi", "PureConnect.AgentApi", Port(AgentApiPort + silo - 1), new()
        {
            ["ConnectionStrings__pureconnect"] = connectionString,
            ["Orleans__ClusterId"] = "pureconnect",
            ["Orleans__Endpoints__SiloPort"] = Port(SiloPort + silo - 1).ToString(),
            ["Orleans__Endpoints__GatewayPort"] = Port(GatewayPort + silo - 1).ToString(),
            ["Cic__ServerUri"] = cic.ToString(),
            ["services__cicserver__http__0"] = cic.ToString(),
        });

    public ProjectResource Ingest(AppHostSettings settings, string connectionString, Uri cic)
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__pureconnect"] = connectionString,
            ["Orleans__ClusterId"] = "pureconnect",
            ["Cic__ServerUri"] = cic.ToString(),
            ["Ingest__MonitorUserId"] = settings.MonitorUser,
            ["Ingest__MonitorPassword"] = settings.MonitorPassword,
        };
        for (var i = 0; i < settings.Agents.Count; i++)
        {
            environment[$"Ingest__Users__{i}"] = settings.Agents[i];
        }

        return Project("icwsingest", "IcwsIngest", "PureConnect.IcwsIngest", Port(IngestPort), environment);
    }

    public ProjectResource SalesforceOrg() =>
        Project("salesforceorg", "Simulators/SalesforceOrg", "PureConnect.Simulators.SalesforceOrg", Port(SalesforcePort), []);

    /// <summary>The projector writes call logs to the Salesforce org simulator (client-credentials grant, its demo client).</summary>
    public ProjectResource Projector(string connectionString, Uri salesforce) =>
        Project("crmprojector", "CrmProjector", "PureConnect.CrmProjector", Port(ProjectorPort), new()
        {
            ["ConnectionStrings__pureconnect"] = connectionString,
            ["Salesforce__LoginUrl"] = salesforce.ToString(),
            ["Salesforce__ClientId"] = "PureConnectSimulatorClient",
            ["Salesforce__ClientSecret"] = "simulator-secret",
            ["services__salesforceorg__http__0"] = salesforce.ToString(),
            ["ScreenPop__Enabled"] = "true",
            ["ScreenPop__SalesforceUrl"] = salesforce.ToString(),
            ["Orleans__ClusterId"] = "pureconnect",
        });

    /// <summary>The softphone knows every AgentApi instance and moves to another when one is down.</summary>
    public ProjectResource AgentUi(int silos) =>
        Project("agentui", "AgentUi", "PureConnect.AgentUi", Port(AgentUiPort), Enumerable.Range(0, silos)
            .ToDictionary(i => $"services__agentapi__http__{i}", i => $"http://127.0.0.1:{Port(AgentApiPort + i)}"));

    private ProjectResource Project(string name, string folder, string assembly, int port, Dictionary<string, string> environment)
    {
        var url = new Uri($"http://127.0.0.1:{port}");
        environment["ASPNETCORE_URLS"] = url.ToString();
        environment["OTEL_SERVICE_NAME"] = name;
        environment["DOTNET_ENVIRONMENT"] = environment["ASPNETCORE_ENVIRONMENT"] = hostEnvironment;
        if (operationsKey.Length > 0)
        {
            environment["Operations__ApiKey"] = operationsKey;
        }
        if (Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is { Length: > 0 } otlp)
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
        }

        return new ProjectResource(name, BuildLayout.AssemblyOf(folder, assembly), url, environment);
    }
}
