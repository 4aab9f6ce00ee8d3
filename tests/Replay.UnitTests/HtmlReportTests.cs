using System.Globalization;
using System.Xml.Linq;
using PureConnect.Grains.Agents;
using PureConnect.Replay.Output.Html;
using PureConnect.Replay.Reports;
using PureConnect.Replay.Reports.AgentDays;
using PureConnect.Replay.Reports.Workgroups;
using PureConnect.Replay.UnitTests.Infrastructure;
using static PureConnect.Replay.UnitTests.Infrastructure.TestLog;

namespace PureConnect.Replay.UnitTests;

public sealed class HtmlReportTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = BarChart.Svg;
    private static readonly DateTimeOffset Nine = Day.AddHours(9);
    private const string Hostile = "<script>alert('x')</script>&amp;";

    private static TestLog TwoAgents() => new TestLog()
        .Agent("agent1", new AgentStatusChanged("Available", null, null, null, Nine.AddHours(-1)), new AgentStatusChanged("Lunch", null, null, null, Nine.AddMinutes(5)))
        .Agent(Hostile, new AgentStatusChanged("Available", null, null, null, Nine), new AgentStatusChanged("Do Not Disturb", null, null, null, Nine.AddMinutes(15)))
        .Interaction("c1", Calls.Answered("agent1", "Sales", Nine, ringSeconds: 5, talkSeconds: 60, wrapUpSeconds: 20, code: "Sale"))
        .Interaction("c2", Calls.Answered("agent1", "Sales", Nine.AddMinutes(10), ringSeconds: 8, talkSeconds: 400))
        .Interaction("c3", Calls.Answered(Hostile, "Sales", Nine.AddMinutes(20), ringSeconds: 3, talkSeconds: 130))
        .Interaction("c4", Calls.Abandoned(Hostile, "Support", Nine.AddMinutes(25), ringSeconds: 30));

    private static (ReportTable Table, XDocument Page, string Html) Render(IReport report, ReportRange range)
    {
        var table = TwoAgents().Replay(report, range);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        HtmlReportWriter.Write(table, writer, Day);
        var html = writer.ToString();
        return (table, XDocument.Parse(html.Replace("<!DOCTYPE html>", "", StringComparison.Ordinal)), html);
    }

    private static readonly ReportRange Range = new(Day, Day.AddDays(1));

    [Fact]
    public void The_agent_day_page_is_well_formed_xhtml_with_its_charts_and_no_script_or_external_reference()
    {
        var (table, page, html) = Render(new AgentDayReport(Range), Range);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(Xhtml + "html", page.Root!.Name);
        Assert.Empty(page.Descendants(Xhtml + "script"));
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName is "src" or "href");
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var titles = page.Descendants(Xhtml + "section").Select(s => s.Element(Xhtml + "h2")!.Value).ToList();
        Assert.Equal(["Status time per agent", "Interactions per agent", "Average handle time: agent-days per bucket"], titles);
        Assert.Equal(table.Rows.Count, page.Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr").Count());
    }

    [Fact]
    public void The_status_bars_carry_the_seconds_of_the_report()
    {
        var (table, page, _) = Render(new AgentDayReport(Range), Range);

        var bars = Bars(page, "Status time per agent");
        var agent1 = table.Row("agent1", "2026-12-01");
        Assert.Equal(((TimeSpan)table.Cell(agent1, "status:Available")!).TotalSeconds, bars[("agent1", "Available")]);
        Assert.Equal(((TimeSpan)table.Cell(agent1, "status:Lunch")!).TotalSeconds, bars[("agent1", "Lunch")]);
        Assert.Equal(900, bars[(Hostile, "Available")]);
        var statusColumns = table.Columns.Count(c => c.Name.StartsWith("status:", StringComparison.Ordinal));
        var reported = table.Rows.Sum(r => Enumerable.Range(0, table.Columns.Count)
            .Where(i => table.Columns[i].Name.StartsWith("status:", StringComparison.Ordinal))
            .Sum(i => r[i] is TimeSpan d ? d.TotalSeconds : 0));
        Assert.True(statusColumns >= 3);
        Assert.Equal(reported, bars.Values.Sum(), 3);
    }

    [Fact]
    public void The_interaction_bars_and_the_handle_time_histogram_carry_the_counts_of_the_report()
    {
        var (table, page, _) = Render(new AgentDayReport(Range), Range);

        var interactions = Bars(page, "Interactions per agent");
        Assert.Equal(2, interactions[("agent1", "answered")]);
        Assert.Equal(2, interactions[(Hostile, "offered")]);
        Assert.Equal(1, interactions[(Hostile, "missed")]);
        var histogram = Bars(page, "Average handle time: agent-days per bucket");
        Assert.Equal(table.Rows.Count(r => table.Cell(r, "average_handle") is TimeSpan), histogram.Values.Sum());
    }

    [Fact]
    public void The_workgroup_page_has_the_interactions_per_interval()
    {
        var range = new ReportRange(Day, Day.AddDays(1));
        var (table, page, _) = Render(new WorkgroupReport(range, ReportInterval.Default, TimeSpan.FromSeconds(20)), range);

        var bars = Bars(page, "Interactions per interval (UTC)");
        var offered = table.Rows.Sum(r => (int)table.Cell(r, "offered")!);
        Assert.Equal(offered, bars.Where(b => b.Key.Series == "offered").Sum(b => b.Value));
        Assert.Equal(1, bars.Single(b => b.Key.Series == "abandoned").Value);
        Assert.Contains(bars.Keys, k => k.Category.StartsWith("Support ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agent_id_with_markup_stays_text()
    {
        var (_, page, html) = Render(new AgentDayReport(Range), Range);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains(page.Descendants(Xhtml + "td"), td => td.Value == Hostile);
        Assert.Contains(page.Descendants(Svg + "text"), text => text.Value == Hostile);
    }

    [Fact]
    public void An_empty_report_is_a_page_that_says_so()
    {
        var table = new TestLog().Replay(new AgentDayReport(Range), Range);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        HtmlReportWriter.Write(table, writer, Day);

        var page = XDocument.Parse(writer.ToString().Replace("<!DOCTYPE html>", "", StringComparison.Ordinal));
        Assert.Contains(page.Descendants(Xhtml + "p"), p => p.Value == "no events in the range");
        Assert.Empty(page.Descendants(Svg + "svg"));
    }

    [Theory]
    [InlineData(new[] { 5, 50, 59 }, 10, new[] { 1, 0, 0, 0, 0, 2 })]
    [InlineData(new[] { 0, 60, 119, 600 }, 60, new[] { 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1 })]
    [InlineData(new[] { 30, 7200, 90_000 }, 7200, new[] { 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 })]
    public void The_histogram_picks_a_round_bucket_width_and_counts_every_duration(int[] seconds, int widthSeconds, int[] counts)
    {
        var histogram = Histogram.Of([.. seconds.Select(s => TimeSpan.FromSeconds(s))]);

        Assert.Equal(TimeSpan.FromSeconds(widthSeconds), histogram.BucketWidth);
        Assert.Equal(counts, histogram.Counts);
    }

    /// <summary>The bars of the chart titled <paramref name="title"/>: (category, series) → value.</summary>
    private static Dictionary<(string Category, string Series), double> Bars(XDocument page, string title) =>
        page.Descendants(Xhtml + "section").Single(s => s.Element(Xhtml + "h2")!.Value == title)
            .Descendants(Svg + "rect").Where(r => r.Attribute("data-value") is not null)
            .ToDictionary(r => ((string)r.Attribute("data-category")!, (string)r.Attribute("data-series")!),
                r => double.Parse((string)r.Attribute("data-value")!, CultureInfo.InvariantCulture));
}
