using Aspire.Hosting.ApplicationModel;

namespace PureConnect.AppHost;

/// <summary>What every PureConnect service gets from the AppHost besides its references: it runs from its built assembly
/// (<see cref="BuiltService"/>, an executable resource: no <c>dotnet run</c> per start), its HTTP endpoint (a fixed port plus
/// the offset, not proxied), OTLP export to the dashboard, its <c>/health</c> as the resource's health, the host
/// environment (Production unless a developer asks for Development) and the operator key of its management surfaces.</summary>
public static class PureConnectServices
{
    public const int CicServerPort = 8018;
    public const int SalesforcePort = 5200;
    public const int AgentApiPort = 5180;
    public const int IngestPort = 5190;
    public const int ProjectorPort = 5191;
    public const int AgentUiPort = 5000;
    public const int SiloPort = 11111;
    public const int GatewayPort = 30000;

    public static IResourceBuilder<ExecutableResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name, int port,
        AppHostOptions options, IResourceBuilder<ParameterResource> operationsKey, bool deferred = false) where TProject : IProjectMetadata, new()
    {
        var (directory, assembly) = BuiltService.Of(new TProject().ProjectPath);
        var (command, arguments) = deferred ? StartupPriority.Deferred(BuiltService.DotnetHost, assembly) : (BuiltService.DotnetHost, [assembly]);
        var service = builder.AddExecutable(name, command, directory, arguments)
            // Not proxied: the service listens on the port itself, as a silo or a browser expects. Through DCP's proxy a health check
            // of a service that does not listen yet hangs until it times out (one check every ~10 s instead of every second or so).
            .WithHttpEndpoint(port: options.Port(port), name: "http", isProxied: false)
            .WithOtlpExporter()
            // Metrics every 5 s instead of Aspire's 1 s: each export collects every instrument (Orleans alone has dozens), in
            // each service, all the time; the dashboard's charts are no less useful.
            .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "5000")
            // Started side by side on few cores, the services start sooner without tiered PGO's instrumentation (a tenth less
            // CPU each, measured); a production deployment keeps PGO for its steady-state throughput.
            .WithEnvironment("DOTNET_TieredPGO", "0")
            .WithPromptHttpHealthCheck("/health")
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", options.Environment)
            .WithEnvironment("DOTNET_ENVIRONMENT", options.Environment)
            .WithEnvironment("Operations__ApiKey", operationsKey);
        // What a project resource gets in ASPNETCORE_URLS.
        var http = service.GetEndpoint("http");
        service.WithEnvironment("ASPNETCORE_URLS", ReferenceExpression.Create($"http://localhost:{http.Property(EndpointProperty.TargetPort)}"));
        return deferred ? service.WithNormalPriorityWhenHealthy() : service;
    }

    /// <summary>A member of the Orleans cluster (silo or client) on the PureConnect database.</summary>
    public static IResourceBuilder<ExecutableResource> InCluster(this IResourceBuilder<ExecutableResource> service,
        IResourceBuilder<IResourceWithConnectionString> database) =>
        service.WithReference(database).WithEnvironment("Orleans__ClusterId", "pureconnect");

    /// <summary>An AgentApi silo (1, 2, …): fixed silo and gateway ports (11111 and 30000, plus the silo's index and the offset; not
    /// proxied: Orleans advertises them). A silo that comes back on its address supersedes its old membership entry at once; on a
    /// new port it would wait for the dead entry of its previous run to be voted out, and the clients would try its old gateway.</summary>
    public static IResourceBuilder<ExecutableResource> AsSilo(this IResourceBuilder<ExecutableResource> service, int silo, AppHostOptions options) =>
        service
            .WithEndpoint(name: "silo", scheme: "tcp", port: options.Port(SiloPort + silo - 1), env: "Orleans__Endpoints__SiloPort", isProxied: false)
            .WithEndpoint(name: "gateway", scheme: "tcp", port: options.Port(GatewayPort + silo - 1), env: "Orleans__Endpoints__GatewayPort", isProxied: false)
            .WithUrlForEndpoint("http", url => url.DisplayText = "AgentApi")
            .WithUrls(context =>
            {
                if (context.GetEndpoint("http") is { } http)
                    context.Urls.Add(new ResourceUrlAnnotation { Url = $"{http.Url}/dashboard/", DisplayText = "Orleans dashboard" });
            });

    /// <summary>Where the CIC server is: the simulator's endpoint, or a real server's URL. No <c>WaitFor</c>: AgentApi needs CIC
    /// only per request, and the ingest reconnects (with back-off) until CIC answers, so both start beside the simulator.</summary>
    public static IResourceBuilder<ExecutableResource> WithCicServer(this IResourceBuilder<ExecutableResource> service,
        IResourceBuilder<ExecutableResource>? simulator, Uri? realServer)
    {
        if (simulator is null)
        {
            return service.WithEnvironment("Cic__ServerUri", realServer!.ToString());
        }

        var endpoint = simulator.GetEndpoint("http");
        return service.WithReference(endpoint).WithEnvironment("Cic__ServerUri", endpoint);
    }

    /// <summary>
    /// The CIC simulator with its call generator: Sales and Support, 6 calls a minute, only to a workgroup with an agent ready for
    /// ACD calls and at most one call waiting in each, so that a new agent's first screen is calm.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AsCallGenerator(this IResourceBuilder<ExecutableResource> simulator) =>
        simulator
            .WithEnvironment("CicServer__CallGenerator__Enabled", "true")
            .WithEnvironment("CicServer__CallGenerator__CallsPerMinute", "6")
            .WithEnvironment("CicServer__CallGenerator__OnlyWhenStaffed", "true")
            .WithEnvironment("CicServer__CallGenerator__MaxWaiting", "1")
            .WithEnvironment("CicServer__CallGenerator__Workgroups__0", "Sales")
            .WithEnvironment("CicServer__CallGenerator__Workgroups__1", "Support")
            // Interaction keys must not repeat across restarts of the simulator against the same database.
            .WithEnvironment("CicServer__FirstInteractionId", (1_000_000_000 + DateTimeOffset.UtcNow.ToUnixTimeSeconds() * 10 % 8_999_999_000).ToString());

    /// <summary>Email-to-case: the org simulator's outbound message on a Case reply goes to the CIC simulator's Object Routing Connector,
    /// which disconnects the Case's email interaction (spec: "Email-to-case"). Without the CIC simulator (a real server) nothing is wired.</summary>
    public static IResourceBuilder<ExecutableResource> WithCaseReplyListener(this IResourceBuilder<ExecutableResource> org,
        IResourceBuilder<ExecutableResource>? cicSimulator) =>
        cicSimulator is null
            ? org
            : org.WithEnvironment("SalesforceOrg__CaseReplyOutboundMessageUrls__0",
                ReferenceExpression.Create($"{cicSimulator.GetEndpoint("http")}/control/object-routing/outbound-messages"));

    /// <summary>The ingest's monitor account (parameters <c>cic-monitor-user</c>, <c>cic-monitor-password</c>) and the agents it watches.</summary>
    public static IResourceBuilder<ExecutableResource> WithMonitoring(this IResourceBuilder<ExecutableResource> ingest,
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
    public static IResourceBuilder<ExecutableResource> WritingTo(this IResourceBuilder<ExecutableResource> projector, IResourceBuilder<ExecutableResource> salesforce)
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
            });
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
