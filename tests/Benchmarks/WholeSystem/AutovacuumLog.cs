using System.Globalization;
using System.Text.RegularExpressions;

namespace PureConnect.Benchmarks.WholeSystem;

/// <summary>One autovacuum or autoanalyze of a table, as PostgreSQL logs it when <c>log_autovacuum_min_duration</c> is 0.</summary>
public sealed record AutovacuumRun(DateTimeOffset EndedAt, string Kind, string Table, TimeSpan Elapsed);

/// <summary>Reads the autovacuum runs from a server log written with <c>log_line_prefix = '%m [%p] '</c>.</summary>
public static partial class AutovacuumLog
{
    public static IReadOnlyList<AutovacuumRun> Parse(IEnumerable<string> lines)
    {
        var runs = new List<AutovacuumRun>();
        (DateTimeOffset At, string Kind, string Table)? open = null;
        foreach (var line in lines)
        {
            var start = Start().Match(line);
            if (start.Success)
            {
                var at = DateTimeOffset.ParseExact(start.Groups["at"].Value, "yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal);
                open = (at, start.Groups["kind"].Value, start.Groups["table"].Value);
            }

            var elapsed = Elapsed().Match(line);
            if (open is { } run && elapsed.Success)
            {
                runs.Add(new AutovacuumRun(run.At, run.Kind, run.Table,
                    TimeSpan.FromSeconds(double.Parse(elapsed.Groups["s"].Value, CultureInfo.InvariantCulture))));
                open = null;
            }
        }

        return runs;
    }

    [GeneratedRegex("""^(?<at>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) UTC \[\d+\] LOG:  automatic (?<kind>vacuum|analyze) of table "[^.]+\.[^.]+\.(?<table>[^"]+)"(?:: index scans: \d+)?""")]
    private static partial Regex Start();

    [GeneratedRegex(@"elapsed: (?<s>\d+(?:\.\d+)?) s")]
    private static partial Regex Elapsed();
}
