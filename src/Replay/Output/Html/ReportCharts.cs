using PureConnect.Replay.Reports;

namespace PureConnect.Replay.Output.Html;

/// <summary>
/// The charts a report table supports, read from its columns: status time per agent (stacked, from the <c>status:*</c>
/// columns), interactions per agent or per interval (offered, answered, missed or abandoned), and the distribution of the
/// average handle time of the agent-days. Each chart carries the numbers of the table (summed over the days of an agent).
/// </summary>
public static class ReportCharts
{
    public const string StatusPrefix = "status:";

    public static IReadOnlyList<BarChart> For(ReportTable table)
    {
        var charts = new List<BarChart>();
        if (table.Rows.Count == 0)
        {
            return charts;
        }

        if (StatusTimePerAgent(table) is { } status)
        {
            charts.Add(status);
        }

        if (InteractionsPerAgent(table) is { } perAgent)
        {
            charts.Add(perAgent);
        }

        if (InteractionsPerInterval(table) is { } perInterval)
        {
            charts.Add(perInterval);
        }

        if (HandleTimeDistribution(table) is { } handle)
        {
            charts.Add(handle);
        }

        return charts;
    }

    public static BarChart? StatusTimePerAgent(ReportTable table)
    {
        var statuses = table.Columns.Select((c, i) => (c.Name, Index: i)).Where(c => c.Name.StartsWith(StatusPrefix, StringComparison.Ordinal)).ToList();
        if (IndexOf(table, "agent") is not { } agent || statuses.Count == 0)
        {
            return null;
        }

        var values = table.Rows
            .SelectMany(row => statuses.Select(s => new BarValue(Text(row[agent]), s.Name[StatusPrefix.Length..], Seconds(row[s.Index]))))
            .GroupBy(v => (v.Category, v.Series))
            .Select(g => new BarValue(g.Key.Category, g.Key.Series, g.Sum(v => v.Value)))
            .ToList();
        return new BarChart("Status time per agent", Distinct(table, agent), [.. statuses.Select(s => s.Name[StatusPrefix.Length..])], values,
            Stacked: true, FormatDuration);
    }

    public static BarChart? InteractionsPerAgent(ReportTable table) =>
        IndexOf(table, "agent") is { } agent ? Counts(table, "Interactions per agent", agent, _ => "", ["offered", "answered", "missed"]) : null;

    public static BarChart? InteractionsPerInterval(ReportTable table)
    {
        if (IndexOf(table, "interval_start") is not { } start || IndexOf(table, "workgroup") is not { } workgroup)
        {
            return null;
        }

        var oneWorkgroup = table.Rows.Select(r => Text(r[workgroup])).Distinct().Count() <= 1;
        return Counts(table, "Interactions per interval (UTC)", start,
            row => oneWorkgroup ? "" : Text(row[workgroup]) + " ", ["offered", "answered", "abandoned"]);
    }

    public static BarChart? HandleTimeDistribution(ReportTable table)
    {
        if (IndexOf(table, "average_handle") is not { } column)
        {
            return null;
        }

        var durations = table.Rows.Select(r => r[column]).OfType<TimeSpan>().ToList();
        if (durations.Count == 0)
        {
            return null;
        }

        var histogram = Histogram.Of(durations);
        var categories = histogram.Counts
            .Select((_, i) => i == histogram.Counts.Count - 1 && durations.Max() >= histogram.StartOf(i + 1)
                ? $"≥ {FormatDuration(histogram.StartOf(i).TotalSeconds)}"
                : $"{FormatDuration(histogram.StartOf(i).TotalSeconds)} – {FormatDuration(histogram.StartOf(i + 1).TotalSeconds)}")
            .ToList();
        var values = histogram.Counts.Select((count, i) => new BarValue(categories[i], "agent-days", count)).ToList();
        return new BarChart("Average handle time: agent-days per bucket", categories, ["agent-days"], values, Stacked: true,
            v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static BarChart? Counts(ReportTable table, string title, int category, Func<IReadOnlyList<object?>, string> prefix, string[] series)
    {
        var present = series.Select(s => (Name: s, Index: IndexOf(table, s))).Where(s => s.Index is not null).ToList();
        if (present.Count == 0)
        {
            return null;
        }

        var values = table.Rows
            .SelectMany(row => present.Select(s => new BarValue(prefix(row) + CellText.ForPerson(row[category]), s.Name, Count(row[s.Index!.Value]))))
            .GroupBy(v => (v.Category, v.Series))
            .Select(g => new BarValue(g.Key.Category, g.Key.Series, g.Sum(v => v.Value)))
            .ToList();
        var categories = table.Rows.Select(row => prefix(row) + CellText.ForPerson(row[category])).Distinct().ToList();
        return new BarChart(title, categories, [.. present.Select(s => s.Name)], values, Stacked: false,
            v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
    }

    public static string FormatDuration(double seconds) => CellText.ForPerson(TimeSpan.FromSeconds(Math.Round(seconds)));

    private static int? IndexOf(ReportTable table, string column) =>
        table.Columns.ToList().FindIndex(c => c.Name == column) is var i and >= 0 ? i : null;

    private static List<string> Distinct(ReportTable table, int column) => [.. table.Rows.Select(r => Text(r[column])).Distinct()];

    private static string Text(object? value) => CellText.ForPerson(value);

    private static double Seconds(object? value) => value is TimeSpan d ? d.TotalSeconds : 0;

    private static double Count(object? value) => value is int or long ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
}
