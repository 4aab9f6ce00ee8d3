using System.Xml;
using System.Xml.Linq;
using PureConnect.Replay.Reports;

namespace PureConnect.Replay.Output.Html;

/// <summary>
/// One self-contained HTML page (XHTML syntax, so any XML parser reads it): the charts the table supports as inline SVG, then
/// the table. No scripts, no external files. Built from XML elements, so every value from the log is escaped text.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
        h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
        svg.chart { max-width: 100%; height: auto; } svg .label, svg .value, svg .legend { font-size: 12px; fill: #333; }
        table { border-collapse: collapse; font-size: 0.85rem; margin-top: 1rem; }
        th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; white-space: nowrap; } td.number { text-align: right; font-variant-numeric: tabular-nums; }
        th { background: #f3f3f3; position: sticky; top: 0; } p.empty { color: #666; }
        """;

    public static void Write(ReportTable table, TextWriter output, DateTimeOffset generatedAt)
    {
        var body = new XElement(Xhtml + "body",
            new XElement(Xhtml + "h1", table.Title),
            new XElement(Xhtml + "p", $"Generated {CellText.ForPerson(generatedAt)} UTC from the event log; {table.Rows.Count} rows."));
        if (table.Rows.Count == 0)
        {
            body.Add(new XElement(Xhtml + "p", new XAttribute("class", "empty"), "no events in the range"));
        }

        foreach (var chart in ReportCharts.For(table))
        {
            body.Add(new XElement(Xhtml + "section", new XAttribute("class", "chart"),
                new XElement(Xhtml + "h2", chart.Title), chart.ToSvg()));
        }

        body.Add(new XElement(Xhtml + "h2", "Table"), TableOf(table));
        var document = new XElement(Xhtml + "html", new XAttribute(XNamespace.Xml + "lang", "en"), new XAttribute("lang", "en"),
            new XElement(Xhtml + "head",
                new XElement(Xhtml + "meta", new XAttribute("charset", "utf-8")),
                new XElement(Xhtml + "title", table.Title),
                new XElement(Xhtml + "style", Style)),
            body);

        output.Write("<!DOCTYPE html>\n");
        using var xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            CloseOutput = false,
        });
        document.WriteTo(xml);
        xml.Flush();
        output.Write('\n');
    }

    private static XElement TableOf(ReportTable table)
    {
        var head = new XElement(Xhtml + "tr", table.Columns.Select(c => new XElement(Xhtml + "th", c.Name)));
        var rows = table.Rows.Select(row => new XElement(Xhtml + "tr", table.Columns.Select((column, i) =>
        {
            var cell = new XElement(Xhtml + "td", CellText.ForPerson(row[i]));
            if (column.Kind is CellKind.Number or CellKind.Duration)
            {
                cell.Add(new XAttribute("class", "number"));
            }

            return cell;
        })));
        return new XElement(Xhtml + "table", new XElement(Xhtml + "thead", head), new XElement(Xhtml + "tbody", rows));
    }
}
