using System.Text.Json;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.Persistence.EventStore;
using PureConnect.Replay.CommandLine;
using PureConnect.TestSupport;

namespace PureConnect.Replay.IntegrationTests;

/// <summary>The tool against a real PostgreSQL event store: a few calls appended as the grains append them, then reports.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ReplayToolTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Nine = StoredDay.Nine;

    private static InteractionEvent[] AnsweredCall(string agent, DateTimeOffset start, int talkSeconds, string code) =>
        StoredDay.AnsweredCall(agent, start, talkSeconds, code);

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout} for {what()}.");
            }

            await Task.Delay(20);
        }
    }

    private static Task<ReplayDatabase> DayOfAgent1Async(PostgresFixture postgres) => StoredDay.OfAgent1Async(postgres);

    [Fact]
    public async Task The_agent_day_report_of_a_stored_day_counts_the_calls_and_the_time()
    {
        await using var database = await DayOfAgent1Async(postgres);

        var (exitCode, output, error) = await database.RunToolAsync(
            "agent-day", "--from", "2026-12-01", "--to", "2026-12-02", "--format", "json", "--page-size", "3");

        Assert.True(exitCode == ExitCodes.Success, error);
        var row = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal("agent1", row.GetProperty("agent").GetString());
        Assert.Equal("2026-12-01", row.GetProperty("day").GetString());
        Assert.Equal(3, row.GetProperty("offered").GetInt32());
        Assert.Equal(2, row.GetProperty("answered").GetInt32());
        Assert.Equal(1, row.GetProperty("missed").GetInt32());
        Assert.Equal(180, row.GetProperty("talk_seconds").GetDouble());
        Assert.Equal(20, row.GetProperty("hold_seconds").GetDouble());
        Assert.Equal(60, row.GetProperty("wrap_up_seconds").GetDouble());
        Assert.Equal(130, row.GetProperty("average_handle_seconds").GetDouble());
        Assert.Equal("No Sale=1; Sale=1", row.GetProperty("wrap_up_codes").GetString());
        Assert.Equal(4 * 3600, row.GetProperty("status:Available_seconds").GetDouble());
        Assert.Equal(3600, row.GetProperty("status:Lunch_seconds").GetDouble());
        Assert.Equal(5 * 3600, row.GetProperty("logged_in_seconds").GetDouble());
        Assert.Contains("Read 26 events.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_html_agent_day_report_of_a_stored_day_is_one_page_whose_charts_carry_the_report()
    {
        await using var database = await DayOfAgent1Async(postgres);

        var (exitCode, output, error) = await database.RunToolAsync("agent-day", "--from", "2026-12-01", "--to", "2026-12-02", "--format", "html");

        Assert.True(exitCode == ExitCodes.Success, error);
        var page = System.Xml.Linq.XDocument.Parse(output.Replace("<!DOCTYPE html>", "", StringComparison.Ordinal));
        System.Xml.Linq.XNamespace svg = "http://www.w3.org/2000/svg";
        var statusBars = page.Descendants(svg + "rect").Where(r => (string?)r.Attribute("data-category") == "agent1"
            && (string?)r.Attribute("data-series") is "Available" or "Lunch").ToDictionary(r => (string)r.Attribute("data-series")!,
            r => (double)r.Attribute("data-value")!);
        Assert.Equal(4 * 3600, statusBars["Available"]);
        Assert.Equal(3600, statusBars["Lunch"]);
        var answered = page.Descendants(svg + "rect").Single(r => (string?)r.Attribute("data-series") == "answered");
        Assert.Equal(2, (double)answered.Attribute("data-value")!);
        Assert.Equal(3, page.Descendants(svg + "svg").Count());
    }

    [Fact]
    public async Task The_timeline_of_a_stored_call_lists_its_events_in_order()
    {
        await using var database = await DayOfAgent1Async(postgres);

        var (exitCode, output, error) = await database.RunToolAsync("timeline", "--interaction", "call-2", "--format", "csv");

        Assert.True(exitCode == ExitCodes.Success, error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time,version,type,description,correlation,causation", lines[0]);
        Assert.Equal(10, lines.Length);
        Assert.Equal("2026-12-01T10:00:05.000Z,4,V1.InteractionConnected,connected,,", lines[4]);
        Assert.StartsWith("2026-12-01T10:02:45.000Z,9,V1.WrapUpAssigned,wrap-up code No Sale (No Sale) assigned by agent1", lines[9], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_and_corrupt_events_are_skipped_and_reported_and_the_table_still_prints()
    {
        await using var database = await DayOfAgent1Async(postgres);
        await database.AppendRawAsync("interaction-call-9", "V7.InteractionTeleported", """{"to":"Mars"}""");
        await database.AppendRawAsync("interaction-call-9", "V1.InteractionConnected", """{"occurredAt":"not a time"}""");

        var (exitCode, output, error) = await database.RunToolAsync("agent-day");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Contains("agent1", output, StringComparison.Ordinal);
        Assert.Contains("Skipped 1 events of types this version does not know: V7.InteractionTeleported ×1.", error, StringComparison.Ordinal);
        Assert.Contains("Skipped a corrupt event: stream interaction-call-9 version 2 (V1.InteractionConnected)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_terminal_the_progress_is_drawn_on_stderr_and_the_report_is_the_same()
    {
        await using var database = await DayOfAgent1Async(postgres);

        var redirected = await database.RunToolAsync("workgroup", "--format", "csv", "--page-size", "4");
        var terminal = await database.RunToolAsync(errorIsTerminal: true, "workgroup", "--format", "csv", "--page-size", "4");

        Assert.True(terminal.ExitCode == ExitCodes.Success, terminal.Error);
        Assert.Equal(redirected.Out, terminal.Out);
        Assert.Contains("Read 26 events", terminal.Error, StringComparison.Ordinal);
        Assert.Contains("100%", terminal.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_held_back_by_a_running_transaction_are_waited_for_not_left_out()
    {
        await using var database = await DayOfAgent1Async(postgres);
        await using var blocker = await database.HoldBackNewerEventsAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await database.AppendAsync("interaction-call-4", AnsweredCall("agent2", Nine, talkSeconds: 30, code: "Sale"));
        using var output = new StringWriter();
        using var errorText = new StringWriter();
        var error = TextWriter.Synchronized(errorText);

        var run = ReplayCommandLine.RunAsync(["agent-day", "--format", "csv", "--connection", database.ConnectionString],
            ReplayConsole.Redirected(output, error), _ => null, timeout.Token);
        await WaitUntilAsync(() => { lock (error) { return errorText.ToString().Contains("Waiting:", StringComparison.Ordinal); } },
            TimeSpan.FromMinutes(2), () => $"the tool to say that it waits (it is {run.Status}; its error output: {errorText}; its output: {output})");
        Assert.False(run.IsCompleted);
        await blocker.DisposeAsync();
        var exitCode = await run.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("\r\nagent2,2026-12-01,", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Read 35 events.", errorText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_range_prints_an_empty_report()
    {
        await using var database = await DayOfAgent1Async(postgres);

        var (exitCode, output, error) = await database.RunToolAsync("workgroup", "--from", "2027-01-01", "--to", "2027-01-02", "--format", "csv");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Equal("workgroup,interval_start,offered,answered,abandoned,average_speed_of_answer_seconds,service_level_percent\r\n", output);
    }

    [Fact]
    public async Task The_tool_cannot_write_to_the_event_store()
    {
        await using var database = await DayOfAgent1Async(postgres);
        var before = await database.CountEventsAsync();
        await using var readOnly = new ReadOnlyEventStore(database.ConnectionString);

        var version = await readOnly.Store.GetStreamVersionAsync("agent-agent1");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => readOnly.Store.AppendAsync("agent-agent1", version,
            [new EventData(Guid.CreateVersion7(), "V1.AgentPasswordChanged", """{"occurredAt":"2026-12-01T12:00:00Z"}""", EventMetadata.Empty)]));

        Assert.Contains("read-only", refused.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await database.CountEventsAsync());
    }
}
