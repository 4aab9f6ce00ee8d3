namespace PureConnect.Replay.Reports;

/// <summary>How a cell is written: durations are h:mm:ss in a table and seconds in CSV and JSON.</summary>
public enum CellKind
{
    Text,
    Number,
    Duration,
    Time,
}

public sealed record ReportColumn(string Name, CellKind Kind = CellKind.Text);

/// <summary>A report's result, independent of the output format. A cell is null where the fact is not known.</summary>
public sealed record ReportTable(string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
