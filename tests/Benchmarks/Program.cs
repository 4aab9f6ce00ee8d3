using System.CommandLine;
using PureConnect.Benchmarks;
using PureConnect.TestSupport;
using Spectre.Console;

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
    table.AddRow("connect recorded → Task visible max", $"{f.MaxMs:N0} ms");
    AnsiConsole.Write(table);
    return f.Tasks == f.Calls ? 0 : 1;
});
root.Subcommands.Add(projector);
return await root.Parse(args).InvokeAsync();
