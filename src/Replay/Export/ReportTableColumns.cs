using PureConnect.Replay.Output;
using PureConnect.Replay.Reports;

namespace PureConnect.Replay.Export;

/// <summary>
/// The columns of a report table as Parquet columns, named as in CSV and JSON: durations in seconds (<c>talk_seconds</c>),
/// times as UTC timestamps, counts as integers, other numbers as doubles.
/// </summary>
public static class ReportTableColumns
{
    public static IReadOnlyList<ParquetColumn<IReadOnlyList<object?>>> Of(ReportTable table) =>
        table.Columns.Select((column, index) => Of(column, index, table.Rows)).ToList();

    private static ParquetColumn<IReadOnlyList<object?>> Of(ReportColumn column, int index, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var name = CellText.MachineName(column);
        return column.Kind switch
        {
            CellKind.Duration => new NumberColumn<IReadOnlyList<object?>, double>(name,
                r => r[index] is TimeSpan d ? Math.Round(d.TotalSeconds, 3) : null),
            CellKind.Time => new UtcTimeColumn<IReadOnlyList<object?>>(name, r => r[index] as DateTimeOffset?),
            CellKind.Number when rows.All(r => r[index] is null or int) => new NumberColumn<IReadOnlyList<object?>, int>(name,
                r => r[index] as int?),
            CellKind.Number => new NumberColumn<IReadOnlyList<object?>, double>(name,
                r => r[index] is null ? null : Convert.ToDouble(r[index], System.Globalization.CultureInfo.InvariantCulture)),
            _ => new TextColumn<IReadOnlyList<object?>>(name, r => r[index] is null ? null : CellText.ForMachine(r[index])),
        };
    }
}
