using System.CommandLine;
using PureConnect.AppHost;
using Spectre.Console;

var data = new Option<string>("--data") { Description = "Folder for the local PostgreSQL cluster", DefaultValueFactory = _ => Path.Combine(BuildLayout.RepositoryRoot, ".data") };
var postgres = new Option<string?>("--postgres") { Description = "Use this PostgreSQL connection string instead of a local cluster" };
var postgresPort = new Option<int?>("--postgres-port") { Description = "Port of the local PostgreSQL cluster (default 55432 + port offset)" };
var cicUrl = new Option<Uri?>("--cic-url") { Description = "A real CIC server (ICWS base URL, e.g. https://cic.example.com:8019) instead of the simulator" };
var monitorUser = new Option<string>("--cic-monitor-user") { Description = "CIC account that watches the agents' queues", DefaultValueFactory = _ => "icws-monitor" };
var monitorPassword = new Option<string>("--cic-monitor-password") { Description = "Its password (or set PURECONNECT_CIC_MONITOR_PASSWORD)", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("PURECONNECT_CIC_MONITOR_PASSWORD") ?? "monitor" };
var agents = new Option<string[]>("--agents") { Description = "CIC user ids to watch", DefaultValueFactory = _ => [.. Enumerable.Range(1, 12).Select(n => $"agent{n}")], AllowMultipleArgumentsPerToken = true };
var portOffset = new Option<int>("--port-offset") { Description = "Added to every port (to run beside another instance)", DefaultValueFactory = _ => 0 };
var dashboardPort = new Option<int?>("--dashboard-port") { Description = "Port of the operations page (default 18888 + port offset)" };
var silos = new Option<int>("--silos") { Description = "Number of AgentApi silos (1 or 2)", DefaultValueFactory = _ => 1 };
var environment = new Option<string>("--environment")
{
    Description = "ASP.NET Core environment of every service: Production (default: no stack traces, management surfaces need the operations key) or Development",
    DefaultValueFactory = _ => AppHostSettings.Production,
};
var operationsKey = new Option<string?>("--operations-key")
{
    Description = "Operator key for /dashboard, /metrics, /openapi and /operations (header X-Operations-Key, or the Basic password); default: a new random key each run, printed at start",
};

var root = new RootCommand("Runs PureConnect.Orleans on this machine: PostgreSQL, the CIC simulator, the silo/AgentApi, IcwsIngest, CrmProjector and AgentUi")
{
    data, postgres, postgresPort, cicUrl, monitorUser, monitorPassword, agents, silos, portOffset, dashboardPort, environment, operationsKey,
};
root.SetAction(async (parse, cancellationToken) =>
{
    var settings = new AppHostSettings(parse.GetValue(data)!, parse.GetValue(postgres), parse.GetValue(cicUrl), parse.GetValue(monitorUser)!,
        parse.GetValue(monitorPassword)!, parse.GetValue(agents)!, Math.Clamp(parse.GetValue(silos), 1, 2),
        parse.GetValue(postgresPort) ?? 55432 + parse.GetValue(portOffset), parse.GetValue(portOffset),
        parse.GetValue(dashboardPort) ?? 18888 + parse.GetValue(portOffset), parse.GetValue(environment)!,
        parse.GetValue(operationsKey) is { Length: > 0 } key ? key : OperationsKey.NewKey());
    var console = AnsiConsole.Console;
    using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

    await using var orchestrator = new Orchestrator(settings, console, stop.Token);
    await using var operations = await OperationsPage.StartAsync(settings.DashboardPort, () => orchestrator.Processes, settings.OperationsKey, stop.Token);
    console.MarkupLine($"Operations page: [link]http://127.0.0.1:{settings.DashboardPort}/[/]");
    try
    {
        await orchestrator.StartAsync(stop.Token);
        console.Write(ResourceTable.Render(orchestrator.Processes, settings));
        if (settings.UsesSimulator)
        {
            console.MarkupLine("Demo logins: [bold]agent1[/] … [bold]agent12[/], password [bold]1234[/], stations station1 … station12 (Sales: agents 1–6, Support: 7–12).");
        }

        console.MarkupLine($"Softphone: [link]{orchestrator.Processes.Single(p => p.Resource.Name == "agentui").Resource.Url}[/]   Operations: [link]http://127.0.0.1:{settings.DashboardPort}/[/]");
        console.MarkupLine("Press [bold]Ctrl+C[/] to stop everything.");
        await orchestrator.WatchAsync(stop.Token);
    }
    catch (OperationCanceledException) when (stop.IsCancellationRequested)
    {
    }

    console.MarkupLine("Stopping…");
    return 0;
});
// Ctrl+C cancels the action's token; give the children time to stop gracefully before the process ends.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(60) });
