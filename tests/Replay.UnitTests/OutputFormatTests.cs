using System.Text.Json;
using PureConnect.Replay.CommandLine;
using PureConnect.Replay.Output;
using PureConnect.Replay.Reports;

namespace PureConnect.Replay.UnitTests;

public sealed class OutputFormatTests
{
    private static readonly ReportTable Sample = new("Sample",
        [new("agent"), new("answered", CellKind.Number), new("talk", CellKind.Duration), new("at", CellKind.Time), new("level", CellKind.Number)],
        [
            ["agent1", 3, TimeSpan.FromSeconds(90.5), new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1)), 33.3],
            ["Smith, \"Jo\"\nline two", 0, null, null, null],
        ]);

    [Fact]
    public void Csv_has_a_header_row_and_quotes_as_RFC_4180_says()
    {
        using var writer = new StringWriter();

        CsvReportWriter.Write(Sample, writer);

        Assert.Equal(
            "agent,answered,talk_seconds,at,level\r\n" +
            "agent1,3,90.5,2026-12-01T08:00:00.000Z,33.3\r\n" +
            "\"Smith, \"\"Jo\"\"\nline two\",0,,,\r\n",
            writer.ToString());
    }

    [Fact]
    public void Json_is_an_array_of_objects_with_numbers_as_numbers()
    {
        using var writer = new StringWriter();

        JsonReportWriter.Write(Sample, writer);

        var rows = JsonDocument.Parse(writer.ToString()).RootElement;
        Assert.Equal(JsonValueKind.Array, rows.ValueKind);
        Assert.Equal(2, rows.GetArrayLength());
        Assert.Equal(3, rows[0].GetProperty("answered").GetInt32());
        Assert.Equal(90.5, rows[0].GetProperty("talk_seconds").GetDouble());
        Assert.Equal("2026-12-01T08:00:00.000Z", rows[0].GetProperty("at").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("talk_seconds").ValueKind);
        Assert.Equal("Smith, \"Jo\"\nline two", rows[1].GetProperty("agent").GetString());
    }

    [Fact]
    public void The_table_shows_durations_as_hours_minutes_and_seconds()
    {
        using var writer = new StringWriter();
        var console = ReplayConsole.Redirected(writer, TextWriter.Null);

        TableReportWriter.Write(Sample, console.ReportConsole());

        Assert.Contains("0:01:30", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("2026-12-01 08:00:00", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_table_says_that_the_range_had_no_events()
    {
        using var writer = new StringWriter();
        var console = ReplayConsole.Redirected(writer, TextWriter.Null);

        TableReportWriter.Write(Sample with { Rows = [] }, console.ReportConsole());

        Assert.Contains("no events in the range", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("answered", writer.ToString(), StringComparison.Ordinal);
    }
}
