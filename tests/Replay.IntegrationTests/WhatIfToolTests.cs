using System.Text.Json;
using PureConnect.CallLogs;
using PureConnect.Replay.CommandLine;
using PureConnect.TestSupport;

namespace PureConnect.Replay.IntegrationTests;

/// <summary>The what-if against a real PostgreSQL whose call_logs the projector's own live path filled from the stored events.</summary>
[Collection(PostgresCollection.Name)]
public sealed class WhatIfToolTests(PostgresFixture postgres)
{
    private static async Task<string> MappingFileAsync(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mapping-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json);
        return path;
    }

    [Fact]
    public async Task A_changed_mapping_prints_the_fields_that_would_change_and_writes_nothing()
    {
        await using var database = await StoredDay.OfAgent1Async(postgres);
        await LiveProjection.FoldAllAsync(database.ConnectionString, new CallLogOptions());
        var before = await LiveProjection.SnapshotAsync(database.ConnectionString);
        var events = await database.CountEventsAsync();
        var mapping = await MappingFileAsync("""{"CallLogs": {"Culture": "fr-FR", "TimeZone": "Europe/Paris", "LogUnconnectedCalls": true}}""");

        var (exitCode, output, error) = await database.RunToolAsync(
            "what-if", "--mapping", mapping, "--from", "2026-12-01", "--to", "2026-12-02", "--format", "json", "--page-size", "4");

        Assert.True(exitCode == ExitCodes.Success, error);
        var changes = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(r => (Key: r.GetProperty("interaction_key").GetString(), Field: r.GetProperty("field").GetString(),
                Live: r.GetProperty("live").GetString(), WhatIf: r.GetProperty("what_if").GetString()))
            .ToList();
        Assert.Contains(("call-1", "Subject", "Call 12/1/2026, 9:00:05 AM", "Call 01/12/2026, 10:00:05"), changes);
        Assert.Contains(("call-2", "Subject", "Call 12/1/2026, 10:00:05 AM", "Call 01/12/2026, 11:00:05"), changes);
        Assert.Contains(("call-3", "exists", "no", "yes"), changes);
        Assert.Contains(("call-3", "Status", null, "Completed"), changes);
        Assert.DoesNotContain(changes, c => c.Key != "call-3" && c.Field != "Subject");
        Assert.Contains("Compared 3 call logs of the range with the live call_logs table: 3 would change (Subject 3", error, StringComparison.Ordinal);
        Assert.Contains("1 would be created. Nothing was written.", error, StringComparison.Ordinal);
        Assert.Equal(before, await LiveProjection.SnapshotAsync(database.ConnectionString));
        Assert.Equal(events, await database.CountEventsAsync());
    }

    [Fact]
    public async Task The_live_mapping_changes_nothing_and_a_range_without_the_calls_compares_none()
    {
        await using var database = await StoredDay.OfAgent1Async(postgres);
        await LiveProjection.FoldAllAsync(database.ConnectionString, new CallLogOptions());
        var mapping = await MappingFileAsync("{}");

        var same = await database.RunToolAsync("what-if", "--mapping", mapping, "--format", "csv");
        var elsewhere = await database.RunToolAsync("what-if", "--mapping", mapping, "--from", "2026-12-02", "--format", "csv");

        Assert.True(same.ExitCode == ExitCodes.Success, same.Error);
        Assert.Equal("interaction_key,field,live,what_if\r\n", same.Out);
        Assert.Contains("Compared 3 call logs of the range with the live call_logs table: 0 would change. Nothing was written.", same.Error,
            StringComparison.Ordinal);
        Assert.Contains("Compared 0 call logs", elsewhere.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"CallLogs": {"Culture": "xx-NOPE"}}""", "Culture 'xx-NOPE' is not a known culture")]
    [InlineData(null, "cannot read")]
    public async Task A_bad_mapping_is_refused_before_anything_is_read(string? json, string expected)
    {
        await using var database = await ReplayDatabase.CreateAsync(postgres);
        var mapping = json is null ? Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json") : await MappingFileAsync(json);

        var (exitCode, output, error) = await database.RunToolAsync("what-if", "--mapping", mapping);

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }
}
