using Aspire.Hosting.ApplicationModel;

namespace PureConnect.AppHost;

/// <summary>What every PureConnect service gets from the AppHost besides its references: its HTTP endpoint (a fixed port
/// plus the offset, proxied by DCP), its <c>/health</c> as the resource's health, the host environment (Production
/// unless a developer asks for Development) and the operator key of its management surfaces.</summary>
public static class PureConnectServices
{
    public const int CicServerPort = 8018;
    public const int SalesforcePort = 5200;
    public const int AgentApiPort = 5180;
    public const int IngestPort = 5190;
    public const int ProjectorPort = 5191;
    public const int AgentUiPort = 5000;

    public static IResourceBuilder<ProjectResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name, int port,
        AppHostOptions options, IResourceBuilder<ParameterResource> operationsKey) where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint(port: options.Port(port), name: "http")
            .WithHttpHealthCheck("/health")
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", options.Environment)
            .WithEnvironment("DOTNET_ENVIRONMENT", options.Environment)
            .WithEnvironment("Operations__ApiKey", operationsKey);

    /// <summary>A member of the Orleans cluster (silo or client) on the PureConnect database.</summary>
    public static IResourceBuilder<ProjectResource> InCluster(this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<IResourceWithConnectionString> database) =>
        service.WithReference(database).WithEnvironment("Orleans__ClusterId", "pureconnect");

    /// <summary>An AgentApi silo: its silo and gateway ports are chosen by DCP (not proxied: Orleans advertises them).</summary>
    public static IResourceBuilder<ProjectResource> AsSilo(this IResourceBuilder<ProjectResource> service) =>
        service
            .WithEndpoint(name: "silo", scheme: "tcp", env: "Orleans__Endpoints__SiloPort", isProxied: false)
            .WithEndpoint(name: "gateway", scheme: "tcp", env: "Orleans__Endpoints__GatewayPort", isProxied: false)
            .WithUrlForEndpoint("http", url => url.DisplayText = "AgentApi")
            .WithUrls(context =>
            {
                if (context.GetEndpoint("http") is { } http)
                    context.Urls.Add(new ResourceUrlAnnotation { Url = $"{http.Url}/dashboard/", DisplayText = "Orleans dashboard" });
            });

    /// <summary>Where the CIC server is: the simulator's endpoint, or a real server's URL.</summary>
    public static IResourceBuilder<ProjectResource> WithCicServer(this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<ProjectResource>? simulator, Uri? realServer)
    {
        if (simulator is null)
        {
            return service.WithEnvironment("Cic__ServerUri", realServer!.ToString());
        }

        var endpoint = simulator.GetEndpoint("http");
        return service.WithReference(endpoint).WithEnvironment("Cic__ServerUri", endpoint).WaitFor(simulator);
    }

    /// <summary>The CIC simulator with its call generator (Sales and Support, 12 calls a minute).</summary>
    public static IResourceBuilder<ProjectResource> AsCallGenerator(this IResourceBuilder<ProjectResource> simulator) =>
        simulator
            .WithEnvironment("CicServer__CallGenerator__Enabled", "true")
            .WithEnvironment("CicServer__CallGenerator__CallsPerMinute", "12")
            .WithEnvironment("CicServer__CallGenerator__Workgroups__0", "Sales")
            .WithEnvironment("CicServer__CallGenerator__Workgroups__1", "Support")
            // Interaction keys must not repeat across restarts of the simulator against the same database.
            .WithEnvironment("CicServer__FirstInteractionId", (1_000_000_000 + DateTimeOffset.UtcNow.ToUnixTimeSeconds() * 10 % 8_999_999_000).ToString());

    /// <summary>The ingest's monitor account (parameters <c>cic-monitor-user</c>, <c>cic-monitor-password</c>) and the agents it watches.</summary>
    public static IResourceBuilder<ProjectResource> WithMonitoring(this IResourceBuilder<ProjectResource> ingest,
        IDistributedApplicationBuilder builder, AppHostOptions options)
    {
        var user = builder.AddParameter("cic-monitor-user", () => builder.Configuration["Parameters:cic-monitor-user"] is { Length: > 0 } u ? u : "icws-monitor");
        var password = builder.AddParameter("cic-monitor-password",
            () => builder.Configuration["Parameters:cic-monitor-password"] is { Length: > 0 } p ? p : "monitor", secret: true);
        ingest.WithEnvironment("Ingest__MonitorUserId", user).WithEnvironment("Ingest__MonitorPassword", password);
        for (var i = 0; i < options.Agents.Count; i++)
        {
            ingest.WithEnvironment($"Ingest__Users__{i}", options.Agents[i]);
        }

        return ingest;
    }

    /// <summary>The projector writes call logs to the Salesforce org simulator (client-credentials grant, its demo client) and
    /// shows its Salesforce API usage and refused call logs as resource links (operator key as the Basic password).</summary>
    public static IResourceBuilder<ProjectResource> WritingTo(this IResourceBuilder<ProjectResource> projector, IResourceBuilder<ProjectResource> salesforce)
    {
        var org = salesforce.GetEndpoint("http");
        return projector
            .WithReference(org)
            .WithEnvironment("Salesforce__LoginUrl", org)
            .WithEnvironment("Salesforce__ClientId", "PureConnectSimulatorClient")
            .WithEnvironment("Salesforce__ClientSecret", "simulator-secret")
            .WithEnvironment("ScreenPop__Enabled", "true")
            .WithEnvironment("ScreenPop__SalesforceUrl", org)
            .WithUrls(context =>
            {
                if (context.GetEndpoint("http") is not { } http)
                    return;

                context.Urls.Add(new ResourceUrlAnnotation { Url = $"{http.Url}/operations/salesforce-usage", DisplayText = "Salesforce API usage" });
                context.Urls.Add(new ResourceUrlAnnotation { Url = $"{http.Url}/operations/call-log-failures", DisplayText = "Refused call logs" });
            })
            .WaitFor(salesforce);
    }

    public static IResourceBuilder<T> WaitForAll<T>(this IResourceBuilder<T> resource, IEnumerable<IResourceBuilder<IResource>> dependencies)
        where T : IResourceWithWaitSupport
    {
        foreach (var dependency in dependencies)
        {
            resource.WaitFor(dependency);
        }

        return resource;
    }
}
