using PureConnect.AppHost;
using static PureConnect.AppHost.PureConnectServices;

string[] arguments;
try
{
    arguments = AppHostArguments.Expand(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"✗ {ex.Message}");
    return 2;
}

var builder = DistributedApplication.CreateBuilder(arguments);
using var dcpCertificate = DcpCertificate.Use(builder.Configuration, builder.AppHostDirectory);
var options = AppHostOptions.From(builder.Configuration, builder.AppHostDirectory);
foreach (var (key, url) in AppHostArguments.DashboardUrls(options.PortOffset, key => builder.Configuration[key]))
{
    builder.Configuration[key] = url;
}

var operationsKey = builder.AddParameter("operations-key", () => builder.Configuration["Parameters:operations-key"] is { Length: > 0 } key ? key : AppHostOptions.NewOperationsKey(), secret: true);

IResourceBuilder<IResourceWithConnectionString> database;
var startAfter = new List<IResourceBuilder<IResource>>();
if (options.PostgresConnectionString is null)
{
    var (postgres, local) = builder.AddLocalPostgres(options.DataFolder, options.Port(LocalPostgres.Port), options.PostgresBin);
    (database, startAfter) = (local, [postgres]);
}
else
{
    database = builder.AddConnectionString(LocalPostgres.DatabaseName);
}

IResourceBuilder<ExecutableResource>? cicServer = null;
if (options.UsesSimulator)
{
    cicServer = builder.AddService<Projects.CicServer>("cicserver", CicServerPort, options, operationsKey).AsCallGenerator();
}

// The silos start beside PostgreSQL, the slowest part of the start-up: a silo's own start overlaps the server's, and its
// migration tries the database every quarter of a second at first until it answers. Every silo and CrmProjector migrate the
// schema at start (an advisory lock makes them take turns, so the first one does it). IcwsIngest and CrmProjector wait for
// PostgreSQL (their start is short), then their Orleans clients try every quarter of a second until a silo's gateway is in the
// membership table.
var silos = new List<IResourceBuilder<ExecutableResource>>();
for (var silo = 1; silo <= options.Silos; silo++)
{
    silos.Add(builder.AddService<Projects.AgentApi>(silo == 1 ? "agentapi" : $"agentapi-{silo}", AgentApiPort + silo - 1, options, operationsKey)
        .InCluster(database).AsSilo(silo, options).WithCicServer(cicServer, options.CicServerUrl));
}

builder.AddService<Projects.IcwsIngest>("icwsingest", IngestPort, options, operationsKey)
    .InCluster(database).WithCicServer(cicServer, options.CicServerUrl).WithMonitoring(builder, options).WaitForAll(startAfter);

// The Salesforce simulator and the softphone are no one's dependency at start-up: they start at a lower priority (StartupPriority).
// The projector does not wait for the simulator either: its Salesforce calls retry until the org answers.
var salesforce = builder.AddService<Projects.SalesforceOrg>("salesforceorg", SalesforcePort, options, operationsKey, deferred: true)
    .WithCaseReplyListener(cicServer);
// The projector's work (call logs, their Salesforce sync, screen pop) is background work: on a busy machine it yields the CPU
// to the agents' real-time path (ingest, silo, event streams) and its backlog waits a little instead of every agent's screen.
var projector = builder.AddService<Projects.CrmProjector>("crmprojector", ProjectorPort, options, operationsKey)
    .InCluster(database).WritingTo(salesforce).WithDemoPresenceSync().WaitForAll(startAfter)
    .WithEnvironment("CpuPriority__Nice", "10");
if (options.UseRabbitMq)
{
    var (rabbit, amqp) = builder.AddLocalRabbitMq(options.DataFolder, options.PortOffset);
    projector.WithReference(amqp, connectionName: "rabbitmq").WaitFor(rabbit);
}

// The softphone needs AgentApi only per request (and moves to another instance when one is down): it starts at once.
var agentUi = builder.AddService<Projects.AgentUi>("agentui", AgentUiPort, options, operationsKey, deferred: true).WithUrlForEndpoint("http", url => url.DisplayText = "Softphone")
    .InDemoConsole(salesforce);
salesforce.AsDemoConsole(agentUi, options.Agents);
for (var i = 0; i < silos.Count; i++)
{
    agentUi.WithEnvironment($"services__agentapi__http__{i}", silos[i].GetEndpoint("http"));
}

if (PortCheck.TakenPorts(builder.Resources) is { Count: > 0 } taken)
{
    taken.ToList().ForEach(Console.Error.WriteLine);
    return 1;
}

builder.AddStartupReport(options);
builder.Build().Run();
return 0;
