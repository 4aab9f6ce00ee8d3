using PureConnect.Replay.Reports;

namespace PureConnect.Replay.Output;

/// <summary>RFC 4180: a header row, comma-separated fields, CRLF line ends, fields with a comma, quote or line break in quotes (quotes doubled).</summary>
public static class CsvReportWriter
{
    public static void Write(ReportTable table, TextWriter output)
    {
        WriteRecord(output, table.Columns.Select(CellText.MachineName));
        foreach (var row in table.Rows)
        {
            WriteRecord(output, row.Select(CellText.ForMachine));
        }
    }

    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    private static void WriteRecord(TextWriter output, IEnumerable<string> fields)
    {
        output.Write(string.Join(',', fields.Select(Quote)));
        output.Write("\r\n");
    }
}
