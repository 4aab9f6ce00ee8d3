using System.CommandLine;
using PureConnect.Benchmarks;
using PureConnect.TestSupport;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 240; // a log file keeps whole table rows
}

var agents = new Option<int>("--agents") { Description = "Virtual agents answering load calls", DefaultValueFactory = _ => 200 };
var rate = new Option<double>("--calls-per-second") { Description = "Inbound call rate offered by the simulator", DefaultValueFactory = _ => 300 };
var duration = new Option<int>("--seconds") { Description = "Length of the load and of each insert phase", DefaultValueFactory = _ => 20 };
var talk = new Option<int>("--talk-ms") { Description = "Talk time per call", DefaultValueFactory = _ => 300 };
var answer = new Option<int>("--answer-ms") { Description = "Delay before a virtual agent picks up", DefaultValueFactory = _ => 100 };
var concurrency = new Option<int>("--concurrency") { Description = "Ingest lanes, and writers in the insert phases", DefaultValueFactory = _ => 32 };
var durable = new Option<bool>("--durable") { Description = "Keep PostgreSQL's crash-safe settings (fsync, synchronous commit)", DefaultValueFactory = _ => true };

var root = new RootCommand("PureConnect.Orleans ingest benchmark: simulator → ICWS → ingest → grains → event store")
{
    agents, rate, duration, talk, answer, concurrency, durable,
};
root.SetAction(async (parse, cancellationToken) =>
{
    AnsiConsole.MarkupLine($"[bold]Machine:[/] {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
    await using var postgres = await PostgresServer.StartAsync(durable: parse.GetValue(durable), cancellationToken: cancellationToken);
    var seconds = TimeSpan.FromSeconds(parse.GetValue(duration));
    var writers = parse.GetValue(concurrency);

    var storeDb = await postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("bench_store"), cancellationToken);
    await PureConnect.Persistence.Migrations.DatabaseMigrator.MigrateAsync(storeDb, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, cancellationToken);
    AnsiConsole.MarkupLine($"Phase 1: raw INSERT vs event-store append, {writers} writers, {seconds.TotalSeconds:0} s each");
    var (raw, appends) = await StoreVersusRawInserts.RunAsync(storeDb, writers, seconds);

    var loadDb = await postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("bench_load"), cancellationToken);
    var settings = new LoadSettings(parse.GetValue(agents), parse.GetValue(rate), seconds, parse.GetValue(talk), parse.GetValue(answer), writers);
    AnsiConsole.MarkupLine($"Phase 2: {settings.CallsPerSecond} calls/s for {seconds.TotalSeconds:0} s through the simulator, ingest, grains and event store");
    var load = await EndToEndLoad.RunAsync(loadDb, settings, message => AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(message)}[/]"));

    var table = new Table().AddColumns("Figure", "Value");
    table.AddRow("raw single-row INSERT+commit /s", $"{raw:N0}");
    table.AddRow("event-store appends /s", $"{appends:N0}");
    table.AddRow("[bold]ratio appends / raw inserts[/]", $"[bold]{appends / raw:0.00}[/]");
    table.AddRow("calls generated", $"{load.CallsGenerated:N0}");
    table.AddRow("ICWS messages received", $"{load.Messages:N0}");
    table.AddRow("[bold]ICWS messages/s processed[/]", $"[bold]{load.MessagesPerSecond:N0}[/]");
    table.AddRow("events stored", $"{load.Events:N0}");
    table.AddRow("drain after load ended", $"{load.DrainTime.TotalSeconds:0.0} s");
    table.AddRow($"emit→commit latency p50 ({load.LatencySamples:N0} samples)", $"{load.P50Ms:N1} ms");
    table.AddRow("emit→commit latency p99", $"{load.P99Ms:N1} ms");
    AnsiConsole.Write(table);
    return 0;
});

var perMinute = new Option<int>("--calls-per-minute") { Description = "Calls offered to the event store per minute", DefaultValueFactory = _ => 600 };
var projectorSeconds = new Option<int>("--seconds") { Description = "How long calls are offered", DefaultValueFactory = _ => 30 };
var talkSeconds = new Option<int>("--talk-seconds") { Description = "Talk time per call", DefaultValueFactory = _ => 5 };
var inMemory = new Option<bool>("--in-memory") { Description = "Use the in-memory transport instead of a throwaway RabbitMQ" };
var projector = new Command("projector", "Salesforce projection: event store → relay → MassTransit → call logs → Salesforce simulator")
{
    perMinute, projectorSeconds, talkSeconds, inMemory, durable,
};
projector.SetAction(async (parse, cancellationToken) =>
{
    AnsiConsole.MarkupLine($"[bold]Machine:[/] {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
    await using var postgres = await PostgresServer.StartAsync(durable: parse.GetValue(durable), cancellationToken: cancellationToken);
    var db = await postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("bench_projector"), cancellationToken);
    await PureConnect.Persistence.Migrations.DatabaseMigrator.MigrateAsync(db, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, cancellationToken);
    await using var rabbit = parse.GetValue(inMemory) ? null : await RabbitMqServer.StartAsync(cancellationToken);
    var settings = new ProjectorSettings(parse.GetValue(perMinute), TimeSpan.FromSeconds(parse.GetValue(projectorSeconds)), parse.GetValue(talkSeconds), rabbit is not null);
    AnsiConsole.MarkupLine($"Projector: {settings.CallsPerMinute} calls/min for {settings.Duration.TotalSeconds:0} s, talk {settings.TalkSeconds} s");
    var f = await ProjectorLoad.RunAsync(db, rabbit?.AmqpUri, settings, message => AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(message)}[/]"));

    var table = new Table().AddColumns("Figure", "Value");
    table.AddRow("calls offered", $"{f.Calls:N0}");
    table.AddRow("completed Tasks in Salesforce", $"{f.Tasks:N0}");
    table.AddRow("[bold]Tasks/s[/] (completed, over the whole run)", $"[bold]{f.TasksPerSecond:N1}[/]");
    table.AddRow("drain after the last call ended", $"{f.Drain.TotalSeconds:0.0} s");
    table.AddRow("Salesforce API requests (simulator usage)", $"{f.ApiRequests:N0}");
    table.AddRow("[bold]API requests per Task[/]", $"[bold]{f.RequestsPerTask:0.000}[/]");
    table.AddRow("connect recorded → Task visible p50", $"{f.P50Ms:N0} ms");
    table.AddRow("[bold]connect recorded → Task visible p95[/]", $"[bold]{f.P95Ms:N0} ms[/]");
    table.AddRow("PostgreSQL commits per call (the load's appends included)", $"{f.CommitsPerCall:N1}");
    table.AddRow("this process's CPU per call (projector, org simulator, load)", $"{f.ProcessCpuMsPerCall:N2} ms");
    table.AddRow("connect recorded → Task visible max", $"{f.MaxMs:N0} ms");
    AnsiConsole.Write(table);
    return f.Tasks == f.Calls ? 0 : 1;
});
root.Subcommands.Add(projector);

var systemAgents = new Option<int>("--agents") { Description = "Agents logged in through the AgentApi with their event streams open", DefaultValueFactory = _ => 200 };
var rates = new Option<string>("--rates") { Description = "Offered inbound calls per second, one step each (the ramp)", DefaultValueFactory = _ => "25,50,100,150,200,250,300" };
var stepSeconds = new Option<int>("--step-seconds") { Description = "Length of each step of the ramp (at least 120 for a capacity figure)", DefaultValueFactory = _ => 120 };
var soakMinutes = new Option<int>("--soak-minutes") { Description = "After the ramp, offer the highest sustained rate this long (0: no soak)", DefaultValueFactory = _ => 0 };
var systemTalk = new Option<int>("--talk-ms") { Description = "Talk time per call", DefaultValueFactory = _ => 500 };
var systemAnswer = new Option<int>("--answer-ms") { Description = "Delay before the simulator picks up for the agent", DefaultValueFactory = _ => 200 };
var deallocation = new Option<int>("--deallocation-seconds") { Description = "How long CIC keeps an ended call on the queues", DefaultValueFactory = _ => 5 };
var system = new Command("system", "Capacity of the whole product as deployed: every service its own process, agents with event streams, a ramp of call rates")
{
    systemAgents, rates, stepSeconds, soakMinutes, systemTalk, systemAnswer, deallocation, durable,
};
system.SetAction(async (parse, cancellationToken) =>
{
    var settings = new PureConnect.Benchmarks.WholeSystem.SystemSettings(
        parse.GetValue(systemAgents),
        [.. parse.GetValue(rates)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => double.Parse(r, System.Globalization.CultureInfo.InvariantCulture))],
        TimeSpan.FromSeconds(parse.GetValue(stepSeconds)), parse.GetValue(systemTalk), parse.GetValue(systemAnswer),
        TimeSpan.FromMinutes(parse.GetValue(soakMinutes)), parse.GetValue(durable), TimeSpan.FromSeconds(parse.GetValue(deallocation)));
    AnsiConsole.MarkupLine($"[bold]Machine:[/] {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, load average {File.ReadAllText("/proc/loadavg").Trim()}");
    var steps = new List<PureConnect.Benchmarks.WholeSystem.StepFigures>();
    await PureConnect.Benchmarks.WholeSystem.SystemLoad.RunAsync(settings, message => AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(message)}[/]"), steps.Add);
    string[] processes = ["agentapi", "icwsingest", "crmprojector", "postgresql", "cicserver", "salesforceorg"];
    var table = new Table().AddColumns(["Figure", .. steps.Select(s => Markup.Escape(s.Name))]);
    void Row(string figure, Func<PureConnect.Benchmarks.WholeSystem.StepFigures, string> value) => table.AddRow([figure, .. steps.Select(value)]);
    Row("calls offered / ended in the step", s => $"{s.Calls:N0} / {s.CallsEnded:N0} in {s.Seconds:0} s");
    Row("[bold]sustained[/]", s => s.Sustained ? "[green]yes[/]" : "[red]no[/]");
    foreach (var process in processes)
    {
        Row($"CPU ms per ended call, {process}", s => $"{s.CpuMsPerCall.GetValueOrDefault(process):N2}");
    }

    Row("[bold]CPU ms/call product[/] (no simulators)", s => $"[bold]{s.ProductCpuMsPerCall:N2}[/]");
    Row("CPU ms/call whole machine", s => $"{s.MachineCpuMsPerCall:N2}");
    Row("load average (1 min, mean)", s => $"{s.LoadAverage:0.0}");
    Row("relay backlog max, 1st / 2nd half", s => $"{s.RelayBacklogFirstHalfMax:N0} / {s.RelayBacklogSecondHalfMax:N0}");
    Row("call logs pending max, 1st / 2nd half", s => $"{s.CallLogsPendingFirstHalfMax:N0} / {s.CallLogsPendingSecondHalfMax:N0}");
    Row("emit → commit", s => Markup.Escape(s.EmitToCommit.ToString()));
    Row("[bold]emit → agent's stream[/]", s => Markup.Escape(s.EmitToBrowser.ToString()));
    AnsiConsole.Write(table);
    var best = steps.Where(s => s.Sustained && !s.Name.StartsWith("soak", StringComparison.Ordinal)).MaxBy(s => s.OfferedPerSecond);
    AnsiConsole.MarkupLine(best is null
        ? "[bold red]No step was sustained.[/]"
        : $"[bold]Capacity: {best.OfferedPerSecond:0.#} calls/s sustained for {best.Seconds:0} s[/] (product CPU {best.ProductCpuMsPerCall:N1} ms/call, emit → agent's stream p99 {best.EmitToBrowser.P99:N0} ms)");
    foreach (var soak in steps.Where(s => s.Name.StartsWith("soak", StringComparison.Ordinal)))
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(soak.Name)}[/] silo over time (s: resident MB, managed heap MB after the last GC, activations, heap KB per activation):");
        foreach (var m in soak.Memory.Where(m => m.Activations is not null))
        {
            var perActivation = m.HeapBytes is { } heap && m.Activations is > 0 ? $"{heap / 1024 / m.Activations.Value:N1} KB" : "?";
            AnsiConsole.MarkupLine($"  {m.Seconds,5:0} s: {m.SiloRssMb,5} MB, heap {(m.HeapBytes ?? 0) / 1048576:N0} MB, {m.Activations:N0} activations, {perActivation}");
        }
    }

    return best is null ? 1 : 0;
});
root.Subcommands.Add(system);

var pgClients = new Option<int>("--clients") { Description = "pgbench clients (concurrent connections)", DefaultValueFactory = _ => 8 };
var pgBatch = new Option<int>("--batch") { Description = "Events per commit in the batched runs", DefaultValueFactory = _ => 8 };
var pgSeconds = new Option<int>("--seconds") { Description = "Length of each pgbench run", DefaultValueFactory = _ => 20 };
var pgbenchCommand = new Command("pgbench", "The event store's append against plain INSERTs into a table of the same shape, with PostgreSQL's pgbench")
{
    pgClients, pgBatch, pgSeconds, durable,
};
pgbenchCommand.SetAction(async (parse, cancellationToken) =>
{
    AnsiConsole.MarkupLine($"[bold]Machine:[/] {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Trim()}");
    await using var postgres = await PostgresServer.StartAsync(durable: parse.GetValue(durable), cancellationToken: cancellationToken);
    var db = await postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("bench_pgbench"), cancellationToken);
    await PureConnect.Persistence.Migrations.DatabaseMigrator.MigrateAsync(db, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, cancellationToken);
    var figures = await PgbenchComparison.RunAsync(postgres, db, parse.GetValue(pgClients), parse.GetValue(pgBatch), TimeSpan.FromSeconds(parse.GetValue(pgSeconds)));
    var table = new Table().AddColumns("Run", "Commits/s", "Events/s", "PostgreSQL CPU µs/event");
    foreach (var f in figures)
    {
        table.AddRow(Markup.Escape(f.Name), $"{f.TransactionsPerSecond:N0}", $"{f.EventsPerSecond:N0}", $"{f.PostgresCpuMicrosecondsPerEvent:N0}");
    }

    AnsiConsole.Write(table);
    AnsiConsole.MarkupLine($"[bold]append / INSERT[/], 1 per commit: {figures[1].EventsPerSecond / figures[0].EventsPerSecond:0.00}× the rate, {figures[1].PostgresCpuMicrosecondsPerEvent / figures[0].PostgresCpuMicrosecondsPerEvent:0.00}× the CPU per event");
    AnsiConsole.MarkupLine($"[bold]append / INSERT[/], batched: {figures[3].EventsPerSecond / figures[2].EventsPerSecond:0.00}× the rate, {figures[3].PostgresCpuMicrosecondsPerEvent / figures[2].PostgresCpuMicrosecondsPerEvent:0.00}× the CPU per event");
    return 0;
});
root.Subcommands.Add(pgbenchCommand);

var replayAgents = new Option<int>("--agents") { Description = "Agents working each generated day", DefaultValueFactory = _ => 300 };
var replayCalls = new Option<int>("--calls-per-agent-hour") { Description = "Calls each agent takes an hour (about 13 events each)", DefaultValueFactory = _ => 12 };
var replayDays = new Option<int>("--days") { Description = "Days of log generated; measured after days 1, 2, 4, … and the last", DefaultValueFactory = _ => 4 };
var replayPage = new Option<int>("--page-size") { Description = "Events the replay reads per round trip (the tool's default)", DefaultValueFactory = _ => 5000 };
var replayCommand = new Command("replay", "The analyst's replay (the agent/day report over the whole log) against PostgreSQL's COPY of the same rows")
{
    replayAgents, replayCalls, replayDays, replayPage, durable,
};
replayCommand.SetAction(async (parse, cancellationToken) =>
{
    AnsiConsole.MarkupLine($"[bold]Machine:[/] {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Trim()}");
    await using var postgres = await PostgresServer.StartAsync(durable: parse.GetValue(durable), cancellationToken: cancellationToken);
    var db = await postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("bench_replay"), cancellationToken);
    await PureConnect.Persistence.Migrations.DatabaseMigrator.MigrateAsync(db, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, cancellationToken);
    var settings = new ReplaySettings(parse.GetValue(replayAgents), parse.GetValue(replayCalls), parse.GetValue(replayDays), parse.GetValue(replayPage));
    var figures = await ReplayThroughput.RunAsync(db, settings, message => AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(message)}[/]"));
    var table = new Table().AddColumns("Days", "Events", "COPY events/s", "Replay events/s", "Replay / COPY", "Replay µs/event", "Replay CPU µs/event", "Report rows");
    foreach (var f in figures)
    {
        table.AddRow($"{f.Days}", $"{f.Events:N0}", $"{f.RawPerSecond:N0}", $"{f.ReplayPerSecond:N0}", $"{f.Ratio:0.00}×", $"{f.ReplayMicrosecondsPerEvent:0.0}",
            $"{f.ReplayCpuSeconds * 1e6 / f.Events:0.0}", $"{f.ReportRows:N0}");
    }

    AnsiConsole.Write(table);
    AnsiConsole.MarkupLine($"[bold]Replay / COPY[/] at {figures[^1].Events:N0} events: {figures[^1].Ratio:0.00}× (target ≥ 0.5×); "
        + $"cost per event from the smallest to the largest log: {figures[0].ReplayMicrosecondsPerEvent:0.0} → {figures[^1].ReplayMicrosecondsPerEvent:0.0} µs "
        + $"(load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
    return 0;
});
root.Subcommands.Add(replayCommand);
return await root.Parse(args).InvokeAsync();
