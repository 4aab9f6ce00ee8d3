using PureConnect.Replay.Reports;
using Spectre.Console;

namespace PureConnect.Replay.Output;

/// <summary>The report as a Spectre.Console table; numbers and durations right-aligned.</summary>
public static class TableReportWriter
{
    public static void Write(ReportTable report, IAnsiConsole console)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(report.Title)) };
        foreach (var column in report.Columns)
        {
            var tableColumn = new TableColumn(Markup.Escape(column.Name));
            table.AddColumn(column.Kind is CellKind.Number or CellKind.Duration ? tableColumn.RightAligned() : tableColumn);
        }

        foreach (var row in report.Rows)
        {
            table.AddRow(row.Select(cell => new Text(CellText.ForPerson(cell))).ToArray<Spectre.Console.Rendering.IRenderable>());
        }

        if (report.Rows.Count == 0)
        {
            table.Caption = new TableTitle("no events in the range");
        }

        console.Write(table);
    }
}
