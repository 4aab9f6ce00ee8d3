using System.Globalization;
using System.Xml.Linq;

namespace PureConnect.Replay.Output.Html;

/// <summary>One bar of a chart: its category (a row), its series (a colour) and its value.</summary>
public sealed record BarValue(string Category, string Series, double Value);

/// <summary>
/// A horizontal bar chart as inline SVG: one row per category, the series stacked (or side by side), each bar with its
/// value in a <c>data-value</c> attribute and a tooltip. Built as XML elements, so every label is escaped.
/// </summary>
public sealed record BarChart(string Title, IReadOnlyList<string> Categories, IReadOnlyList<string> Series,
    IReadOnlyList<BarValue> Values, bool Stacked, Func<double, string> Format)
{
    private const int LabelWidth = 200;
    private const int PlotWidth = 560;
    private const int RowHeight = 22;
    private const int LegendHeight = 24;

    private static readonly string[] Palette =
        ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public string ColourOf(string series) => Palette[Series.ToList().IndexOf(series) % Palette.Length];

    public XElement ToSvg()
    {
        var barsPerRow = Stacked ? 1 : Math.Max(1, Series.Count);
        var rowHeight = Stacked ? RowHeight : Math.Max(RowHeight, barsPerRow * 10 + 4);
        var height = LegendHeight + Math.Max(1, Categories.Count) * rowHeight + 8;
        var max = Categories.Select(c => Stacked
                ? Values.Where(v => v.Category == c).Sum(v => v.Value)
                : Values.Where(v => v.Category == c).Select(v => v.Value).DefaultIfEmpty(0).Max())
            .DefaultIfEmpty(0).Max();
        var scale = max > 0 ? (PlotWidth - 90) / max : 0;

        var svg = new XElement(Svg + "svg",
            new XAttribute("width", LabelWidth + PlotWidth), new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {LabelWidth + PlotWidth} {height}"), new XAttribute("role", "img"),
            new XAttribute("class", "chart"),
            new XElement(Svg + "title", Title));
        AddLegend(svg);

        for (var row = 0; row < Categories.Count; row++)
        {
            var category = Categories[row];
            var top = LegendHeight + row * rowHeight;
            svg.Add(new XElement(Svg + "text", new XAttribute("x", LabelWidth - 6), new XAttribute("y", top + rowHeight / 2 + 4),
                new XAttribute("text-anchor", "end"), new XAttribute("class", "label"), category));
            double x = LabelWidth;
            var slot = 0;
            foreach (var series in Series)
            {
                var value = Values.Where(v => v.Category == category && v.Series == series).Sum(v => v.Value);
                var width = value * scale;
                var y = Stacked ? top + 3 : top + 2 + slot * 10;
                var barHeight = Stacked ? rowHeight - 6 : 9;
                if (value > 0)
                {
                    svg.Add(new XElement(Svg + "rect",
                        new XAttribute("x", Number(x)), new XAttribute("y", y), new XAttribute("width", Number(width)),
                        new XAttribute("height", barHeight), new XAttribute("fill", ColourOf(series)),
                        new XAttribute("data-category", category), new XAttribute("data-series", series),
                        new XAttribute("data-value", Number(value)),
                        new XElement(Svg + "title", $"{category} · {series}: {Format(value)}")));
                }

                if (Stacked)
                {
                    x += width;
                }
                else
                {
                    slot++;
                }
            }

            var total = Stacked
                ? Values.Where(v => v.Category == category).Sum(v => v.Value)
                : Values.Where(v => v.Category == category).Select(v => v.Value).DefaultIfEmpty(0).Max();
            var end = Stacked ? x : LabelWidth + total * scale;
            svg.Add(new XElement(Svg + "text", new XAttribute("x", Number(end + 4)), new XAttribute("y", top + rowHeight / 2 + 4),
                new XAttribute("class", "value"), Format(total)));
        }

        return svg;
    }

    private void AddLegend(XElement svg)
    {
        double x = LabelWidth;
        foreach (var series in Series)
        {
            svg.Add(new XElement(Svg + "rect", new XAttribute("x", Number(x)), new XAttribute("y", 6), new XAttribute("width", 12),
                new XAttribute("height", 12), new XAttribute("fill", ColourOf(series))));
            svg.Add(new XElement(Svg + "text", new XAttribute("x", Number(x + 16)), new XAttribute("y", 16),
                new XAttribute("class", "legend"), series));
            x += 28 + 7 * series.Length;
        }
    }

    private static string Number(double value) => Math.Round(value, 3).ToString(CultureInfo.InvariantCulture);
}
