using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using PureConnect.Replay.Output;
using PureConnect.Replay.Reports;
using PureConnect.Replay.Reports.Workgroups;

namespace PureConnect.Replay.CommandLine;

/// <summary>The options of the replay commands, with their parsers: times are UTC unless they carry an offset.</summary>
public sealed class ReplayOptions
{
    public const string ConnectionVariable = "ConnectionStrings__pureconnect";

    public Option<DateTimeOffset?> From { get; } = new("--from")
    {
        Description = "Start of the range (inclusive), e.g. 2026-12-01 or 2026-12-01T08:00 (UTC unless an offset is given)",
        CustomParser = ParseTime,
    };

    public Option<DateTimeOffset?> To { get; } = new("--to")
    {
        Description = "End of the range (exclusive), e.g. 2026-12-02",
        CustomParser = ParseTime,
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = $"PostgreSQL connection string of the event store (default: the {ConnectionVariable} environment variable)",
    };

    public Option<OutputFormat> Format { get; } = new("--format")
    {
        Description = "table, csv (RFC 4180, with a header row), json (an array of objects) or html (one self-contained page with charts: redirect it to a file)",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public Option<int> PageSize { get; } = new("--page-size")
    {
        Description = "Events read per round trip",
        DefaultValueFactory = _ => 5000,
    };

    public Option<string?> Agent { get; } = new("--agent") { Description = "Only this agent (CIC user id)" };

    public Option<string?> Workgroup { get; } = new("--workgroup") { Description = "Only this workgroup" };

    public Option<string> Interaction { get; } = new("--interaction") { Description = "The interaction key", Required = true };

    public Option<ReportInterval> Interval { get; } = new("--interval")
    {
        Description = "Length of each interval: 15m, 30m, 1h or 1d",
        DefaultValueFactory = _ => ReportInterval.Default,
        CustomParser = ParseInterval,
    };

    public Option<int> Threshold { get; } = new("--threshold")
    {
        Description = "Service level threshold: answered within this many seconds",
        DefaultValueFactory = _ => 20,
    };

    public Option<string> Out { get; } = new("--out")
    {
        Description = "Folder to write the Parquet files to (created; one with anything in it is refused unless --overwrite)",
        Required = true,
    };

    public Option<bool> Overwrite { get; } = new("--overwrite")
    {
        Description = "Write into a folder that is not empty, replacing the events, agent_day and workgroup folders of an earlier export",
    };

    public Option<int> RowGroupSize { get; } = new("--row-group-size")
    {
        Description = "Rows per Parquet row group; the export holds fewer than twice this many rows in memory",
        DefaultValueFactory = _ => 50_000,
    };

    public Option<FileInfo> Mapping { get; } = new("--mapping")
    {
        Description = "JSON file with the call-log mapping to try: the projector's CallLogs section ({\"CallLogs\": {\"Culture\": \"fr-FR\"}}); "
            + "what it leaves out keeps the projector's default",
        Required = true,
    };

    public Option<bool> Apply { get; } = new("--apply")
    {
        Description = "Write the changed call logs to call_logs (ended calls only, each only if the projector has not moved it since "
            + "the replay); the projector's sync then upserts their Tasks in Salesforce by external id. Change the projector's own "
            + "CallLogs configuration too, or the next event of a call is folded with the old mapping again",
    };

    public ReplayOptions()
    {
        RowGroupSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1_000_000)
            {
                r.AddError("--row-group-size must be between 1 and 1000000.");
            }
        });
        PageSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 100_000)
            {
                r.AddError("--page-size must be between 1 and 100000.");
            }
        });
        Threshold.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--threshold must be zero or more seconds.");
            }
        });
    }

    /// <summary>The options every report takes.</summary>
    public void AddCommonTo(Command command)
    {
        AddReadingTo(command);
        command.Add(Format);
    }

    /// <summary>The options of every command that reads the store: the range, the store, the page size.</summary>
    public void AddReadingTo(Command command)
    {
        command.Add(From);
        command.Add(To);
        command.Add(Connection);
        command.Add(PageSize);
    }

    /// <summary>Why the range is unusable (backwards or empty), or null.</summary>
    public string? RangeError(ParseResult parse) =>
        parse.GetValue(From) is { } from && parse.GetValue(To) is { } to && from >= to
            ? $"--from ({from:u}) must be before --to ({to:u})."
            : null;

    public ReportRange RangeOf(ParseResult parse) => new(parse.GetValue(From), parse.GetValue(To));

    private static DateTimeOffset? ParseTime(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return at;
        }

        result.AddError($"'{text}' is not a time: write 2026-12-01 or 2026-12-01T08:30 (UTC), or add an offset (2026-12-01T08:30+01:00).");
        return null;
    }

    private static ReportInterval ParseInterval(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (ReportInterval.TryParse(text, out var interval, out var error))
        {
            return interval!;
        }

        result.AddError($"--interval: {error}");
        return ReportInterval.Default;
    }
}
