using PureConnect.Replay.CommandLine;
using PureConnect.TestSupport;

namespace PureConnect.Replay.IntegrationTests;

/// <summary><c>replay export</c> against a real PostgreSQL event store, its Parquet files read back by a real DuckDB.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ExportTests(PostgresFixture postgres) : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("replay-export-").FullName;

    private string Out => Path.Combine(_scratch, "out");

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static readonly Dictionary<string, string[]> ExpectedResults = new(StringComparer.Ordinal)
    {
        ["events_per_type_per_day"] =
        [
            "2026-12-01 | V1.AgentLoggedIn | 1", "2026-12-01 | V1.AgentLoggedOut | 1", "2026-12-01 | V1.AgentStatusChanged | 2",
            "2026-12-01 | V1.InteractionAlerting | 3", "2026-12-01 | V1.InteractionAssigned | 3", "2026-12-01 | V1.InteractionConnected | 2",
            "2026-12-01 | V1.InteractionDisconnected | 3", "2026-12-01 | V1.InteractionDiscovered | 3", "2026-12-01 | V1.InteractionHeld | 2",
            "2026-12-01 | V1.InteractionRetrieved | 2", "2026-12-01 | V1.WrapUpAssigned | 2", "2026-12-01 | V1.WrapUpPrompted | 2",
        ],
        ["events_per_stream_kind"] = ["agent | 4 | 1", "interaction | 22 | 3"],
        ["inbound_calls_per_workgroup_per_hour"] =
        [
            "Sales | 2026-12-01 09:00:00 | 1", "Sales | 2026-12-01 10:00:00 | 1", "Sales | 2026-12-01 11:00:00 | 1",
        ],
        ["talk_time_per_agent"] = ["agent1 | 2 | 180 | 20 | 130"],
        ["service_level_per_workgroup_per_hour"] =
        [
            "Sales | 2026-12-01 09:00:00 | 1 | 1 | 0 | 100", "Sales | 2026-12-01 10:00:00 | 1 | 1 | 0 | 100",
            "Sales | 2026-12-01 11:00:00 | 1 | 0 | 1 | 0",
        ],
    };

    [Fact]
    public async Task Every_shipped_DuckDB_query_gives_the_day_s_numbers_from_the_export()
    {
        await using var database = await StoredDay.OfAgent1Async(postgres);
        var before = await database.CountEventsAsync();

        var (exitCode, _, error) = await database.RunToolAsync(
            "export", "--from", "2026-12-01", "--to", "2026-12-02", "--out", Out, "--row-group-size", "5", "--page-size", "7");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Contains("Exported to", error, StringComparison.Ordinal);
        Assert.Contains("26 events in 1 day partitions, 1 agent-day rows, 3 workgroup rows", error, StringComparison.Ordinal);
        Assert.Equal(before, await database.CountEventsAsync());
        var examples = DuckDbExamples.Load();
        Assert.Equal(ExpectedResults.Keys.Order(StringComparer.Ordinal), examples.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, sql) in examples)
        {
            var rows = await DuckDbExamples.RunAsync(sql, Out);
            Assert.True(ExpectedResults[name].SequenceEqual(rows), $"{name} gave:\n{string.Join("\n", rows)}");
        }
    }

    [Fact]
    public async Task The_files_are_partitioned_by_day_in_Hive_style_written_in_row_groups_and_hold_each_event_as_stored()
    {
        await using var database = await StoredDay.OfAgent1Async(postgres);
        await database.AppendAsync("agent-agent1",
            new Grains.Agents.AgentLoggedIn("s2", Grains.Agents.StationSelection.Workstation("station1"), StoredDay.Nine.AddDays(1)));

        var (exitCode, _, error) = await database.RunToolAsync(errorIsTerminal: true,
            "export", "--from", "2026-12-01", "--to", "2026-12-03", "--out", Out, "--row-group-size", "10");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Contains("100%", error, StringComparison.Ordinal);
        foreach (var file in new[] { "events/day=2026-12-01", "events/day=2026-12-02", "agent_day/day=2026-12-01", "workgroup/day=2026-12-01" })
        {
            Assert.True(File.Exists(Path.Combine(Out, file, "part-0000.parquet")), $"{file}/part-0000.parquet is missing");
        }

        var rowGroups = await DuckDbExamples.RunAsync(
            "SELECT count(DISTINCT row_group_id), sum(row_group_num_rows) / count(DISTINCT path_in_schema) FROM parquet_metadata('<out>/events/day=2026-12-01/part-0000.parquet')", Out);
        Assert.Equal(["3 | 26"], rowGroups);
        var rows = await DuckDbExamples.RunAsync(
            """
            SELECT day, stream_id, stream_kind, stream_version, event_type, occurred_at, recorded_at IS NOT NULL, json_extract_string(payload, '$.sessionId'),
                   correlation_id, global_position > 0, transaction_id > 0
            FROM read_parquet('<out>/events/*/*.parquet', hive_partitioning = true) WHERE day = DATE '2026-12-02'
            """, Out);
        Assert.Equal(["2026-12-02 | agent-agent1 | agent | 5 | V1.AgentLoggedIn | 2026-12-02 09:00:00 | True | s2 | null | True | True"], rows);
    }

    [Fact]
    public async Task A_range_without_events_writes_no_partition_files_and_says_so()
    {
        await using var database = await StoredDay.OfAgent1Async(postgres);

        var (exitCode, _, error) = await database.RunToolAsync("export", "--from", "2027-01-01", "--to", "2027-01-02", "--out", Out);

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Contains("No events in the range: wrote no partition files", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_folder_with_something_in_it_is_refused_unless_overwrite_is_given_which_replaces_the_earlier_export()
    {
        await using var database = await StoredDay.OfAgent1Async(postgres);
        var first = await database.RunToolAsync("export", "--from", "2026-12-01", "--to", "2026-12-02", "--out", Out);
        Assert.True(first.ExitCode == ExitCodes.Success, first.Error);

        var refused = await database.RunToolAsync("export", "--out", Out);
        var overwritten = await database.RunToolAsync("export", "--from", "2026-12-01T09:00", "--to", "2026-12-01T10:00", "--out", Out, "--overwrite");

        Assert.Equal(ExitCodes.CannotWrite, refused.ExitCode);
        Assert.Contains("is not empty", refused.Error, StringComparison.Ordinal);
        Assert.True(overwritten.ExitCode == ExitCodes.Success, overwritten.Error);
        var count = await DuckDbExamples.RunAsync("SELECT count(*) FROM read_parquet('<out>/events/*/*.parquet')", Out);
        Assert.Equal(["9"], count);
    }

    [Fact]
    public async Task An_out_folder_that_cannot_be_made_is_a_clear_error()
    {
        await using var database = await StoredDay.OfAgent1Async(postgres);
        var aFile = Path.Combine(_scratch, "a-file");
        await File.WriteAllTextAsync(aFile, "not a folder");

        var (exitCode, _, error) = await database.RunToolAsync("export", "--out", Path.Combine(aFile, "out"));

        Assert.Equal(ExitCodes.CannotWrite, exitCode);
        Assert.Contains("Cannot write to", error, StringComparison.Ordinal);
    }
}
