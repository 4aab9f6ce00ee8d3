using PureConnect.Replay.Output.Html;
using PureConnect.Replay.Reports;
using Spectre.Console;

namespace PureConnect.Replay.Output;

public static class ReportWriter
{
    public static void Write(ReportTable table, OutputFormat format, IAnsiConsole console, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                CsvReportWriter.Write(table, output);
                break;
            case OutputFormat.Json:
                JsonReportWriter.Write(table, output);
                break;
            case OutputFormat.Html:
                HtmlReportWriter.Write(table, output, DateTimeOffset.UtcNow);
                break;
            default:
                TableReportWriter.Write(table, console);
                break;
        }
    }
}
