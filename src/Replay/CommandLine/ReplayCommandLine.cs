using System.CommandLine;
using PureConnect.Replay.Export;
using PureConnect.Replay.Reports;
using PureConnect.Replay.Reports.AgentDays;
using PureConnect.Replay.Reports.Timelines;
using PureConnect.Replay.Reports.Workgroups;
using PureConnect.Replay.WhatIf;

namespace PureConnect.Replay.CommandLine;

/// <summary>The <c>replay</c> commands: <c>agent-day</c>, <c>workgroup</c>, <c>timeline</c>, <c>export</c>, <c>what-if</c>. Bad options exit with 2 before anything is read.</summary>
public static class ReplayCommandLine
{
    public static async Task<int> RunAsync(string[] args, ReplayConsole console, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        var parse = Build(console, environment).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync(error.Message);
            }

            await console.Error.WriteLineAsync("See --help.");
            return ExitCodes.BadUsage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, cancellationToken);
    }

    private static RootCommand Build(ReplayConsole console, Func<string, string?> environment)
    {
        var options = new ReplayOptions();
        var root = new RootCommand("Replays the PureConnect event store into reports for analysts. Reads only; never writes to the store.");

        var agentDay = new Command("agent-day", "Per agent per day: status and logged-in time, interactions, talk, hold, wrap-up, codes");
        options.AddCommonTo(agentDay);
        agentDay.Add(options.Agent);
        Bind(agentDay, options, console, environment, parse => new AgentDayReport(options.RangeOf(parse), parse.GetValue(options.Agent)));

        var workgroup = new Command("workgroup", "Per workgroup per interval: offered, answered, abandoned, speed of answer, service level");
        options.AddCommonTo(workgroup);
        workgroup.Add(options.Workgroup);
        workgroup.Add(options.Interval);
        workgroup.Add(options.Threshold);
        Bind(workgroup, options, console, environment, parse => new WorkgroupReport(options.RangeOf(parse), parse.GetValue(options.Interval)!,
            TimeSpan.FromSeconds(parse.GetValue(options.Threshold)), parse.GetValue(options.Workgroup)));

        var timeline = new Command("timeline", "Every event of one interaction, with its time, type, a readable line, correlation and cause");
        options.AddCommonTo(timeline);
        timeline.Add(options.Interaction);
        Bind(timeline, options, console, environment, parse => new TimelineReport(options.RangeOf(parse), parse.GetValue(options.Interaction)!));

        var export = new Command("export",
            "Events, agent-day and workgroup rows of the range to Parquet files partitioned by day (Hive style), for DuckDB, Spark or Trino");
        options.AddReadingTo(export);
        export.Add(options.Out);
        export.Add(options.Overwrite);
        export.Add(options.RowGroupSize);
        export.Add(options.Interval);
        export.Add(options.Threshold);
        export.SetAction(async (parse, cancellationToken) =>
        {
            if (await ConnectionOrErrorAsync(parse, options, console, environment) is not { } connection)
            {
                return ExitCodes.BadUsage;
            }

            var run = new ExportRun(console, connection, parse.GetValue(options.PageSize), parse.GetValue(options.RowGroupSize));
            return await run.RunAsync(parse.GetValue(options.Out)!, parse.GetValue(options.Overwrite), options.RangeOf(parse),
                parse.GetValue(options.Interval)!, TimeSpan.FromSeconds(parse.GetValue(options.Threshold)), cancellationToken);
        });

        var whatIf = new Command("what-if",
            "Replays the Salesforce call-log projection over the range with another mapping and prints the Task fields that would "
            + "change against the live call_logs table; writes nothing unless --apply");
        options.AddCommonTo(whatIf);
        whatIf.Add(options.Mapping);
        whatIf.Add(options.Apply);
        whatIf.SetAction(async (parse, cancellationToken) =>
        {
            if (await ConnectionOrErrorAsync(parse, options, console, environment) is not { } connection
                || await MappingOrErrorAsync(parse.GetValue(options.Mapping)!, console, cancellationToken) is not { } mapping)
            {
                return ExitCodes.BadUsage;
            }

            var run = new WhatIfRun(console, connection, parse.GetValue(options.PageSize), parse.GetValue(options.Format));
            return await run.RunAsync(mapping, options.RangeOf(parse), parse.GetValue(options.Apply), cancellationToken);
        });

        root.Add(agentDay);
        root.Add(workgroup);
        root.Add(timeline);
        root.Add(export);
        root.Add(whatIf);
        return root;
    }

    private static void Bind(Command command, ReplayOptions options, ReplayConsole console, Func<string, string?> environment,
        Func<ParseResult, IReport> report) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (await ConnectionOrErrorAsync(parse, options, console, environment) is not { } connection)
            {
                return ExitCodes.BadUsage;
            }

            var run = new ReplayRun(console, connection, parse.GetValue(options.PageSize), parse.GetValue(options.Format));
            return await run.RunAsync(report(parse), options.RangeOf(parse), cancellationToken);
        });

    private static async Task<PureConnect.CallLogs.CallLogOptions?> MappingOrErrorAsync(FileInfo file, ReplayConsole console,
        CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(file.FullName, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"--mapping: cannot read {file.Name}: {ex.Message}");
            return null;
        }

        var mapping = MappingFile.Read(text, out var error);
        if (mapping is null)
        {
            await console.Error.WriteLineAsync($"--mapping {file.Name}: {error}");
        }

        return mapping;
    }

    /// <summary>The connection string to read with, once the range and the connection are checked; null after saying what is wrong.</summary>
    private static async Task<string?> ConnectionOrErrorAsync(ParseResult parse, ReplayOptions options, ReplayConsole console,
        Func<string, string?> environment)
    {
        if (options.RangeError(parse) is { } rangeError)
        {
            await console.Error.WriteLineAsync(rangeError);
            return null;
        }

        var connection = parse.GetValue(options.Connection) ?? environment(ReplayOptions.ConnectionVariable);
        if (string.IsNullOrWhiteSpace(connection))
        {
            await console.Error.WriteLineAsync(
                $"No event store to read: give --connection \"Host=…;Database=…;Username=…\" or set {ReplayOptions.ConnectionVariable}.");
            return null;
        }

        if (!ConnectionStrings.IsValid(connection, out var problem))
        {
            await console.Error.WriteLineAsync($"The connection string is not valid: {problem}");
            return null;
        }

        return connection;
    }
}
