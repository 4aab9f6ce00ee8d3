using PureConnect.Replay.Reports;

namespace PureConnect.Replay.UnitTests.Infrastructure;

public static class ReportTableExtensions
{
    /// <summary>The row whose first cells read <paramref name="keys"/>.</summary>
    public static IReadOnlyList<object?> Row(this ReportTable table, params object[] keys) =>
        table.Rows.Single(r => keys.Select((k, i) => Equals(r[i], k)).All(match => match));

    public static object? Cell(this ReportTable table, IReadOnlyList<object?> row, string column) =>
        row[table.Columns.ToList().FindIndex(c => c.Name == column) is var i and >= 0 ? i : throw new KeyNotFoundException(column)];
}
