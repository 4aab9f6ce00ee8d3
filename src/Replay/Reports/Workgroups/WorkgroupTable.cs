namespace PureConnect.Replay.Reports.Workgroups;

internal static class WorkgroupTable
{
    public static ReportTable Build(IReadOnlyDictionary<(string Workgroup, DateTimeOffset Start), WorkgroupInterval> intervals)
    {
        List<ReportColumn> columns =
        [
            new("workgroup"), new("interval_start", CellKind.Time), new("offered", CellKind.Number), new("answered", CellKind.Number),
            new("abandoned", CellKind.Number), new("average_speed_of_answer", CellKind.Duration), new("service_level_percent", CellKind.Number),
        ];
        var rows = intervals
            .OrderBy(p => p.Key.Workgroup, StringComparer.Ordinal).ThenBy(p => p.Key.Start)
            .Select(p => (IReadOnlyList<object?>)
            [
                p.Key.Workgroup, p.Key.Start, p.Value.Offered, p.Value.Answered, p.Value.Abandoned,
                p.Value.AverageSpeedOfAnswer, p.Value.ServiceLevel,
            ])
            .ToList();
        return new ReportTable(WorkgroupReport.Title, columns, rows);
    }
}
