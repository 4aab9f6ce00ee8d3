using System.Text.Json;
using Npgsql;
using PureConnect.CallLogs;
using PureConnect.CrmProjector.CallLogs;
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

    [Fact]
    public async Task Apply_writes_the_changed_call_logs_for_the_sync_and_leaves_those_the_projector_moved()
    {
        await using var database = await StoredDay.OfAgent1Async(postgres);
        await LiveProjection.FoldAllAsync(database.ConnectionString, new CallLogOptions());
        // As in production days later: every Task synced, every log locked after its edit window.
        await ExecuteAsync(database.ConnectionString, "UPDATE call_logs SET synced_fields = fields, dirty = false, locked_at = now()");
        // The projector folded one more event of call-2 after the replay read it.
        await ExecuteAsync(database.ConnectionString, "UPDATE call_logs SET version = version + 1 WHERE interaction_key = 'call-2'");
        var events = await database.CountEventsAsync();
        var mapping = await MappingFileAsync("""{"CallLogs": {"Culture": "fr-FR", "TimeZone": "Europe/Paris", "LogUnconnectedCalls": true}}""");

        var (exitCode, _, error) = await database.RunToolAsync(
            "what-if", "--mapping", mapping, "--from", "2026-12-01", "--to", "2026-12-02", "--format", "csv", "--apply");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Contains("Applied: 2 call logs written, 2 of them queued for Salesforce", error, StringComparison.Ordinal);
        Assert.Contains("1 the projector changed since the replay", error, StringComparison.Ordinal);
        Assert.Equal(events, await database.CountEventsAsync());

        // What the projector's sync takes next: the new fields, the locked log opened again for them; call-2 as it was.
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var pending = (await new CallLogOutbox(dataSource).TakeAsync(10, CancellationToken.None)).ToDictionary(p => p.InteractionKey);
        Assert.Equal(["call-1", "call-3"], pending.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Call 01/12/2026, 10:00:05", pending["call-1"].Fields.Subject);
        Assert.Equal("Completed", pending["call-3"].Fields.Status);

        // Idempotent: run again, nothing left to write for the two applied.
        var again = await database.RunToolAsync(
            "what-if", "--mapping", mapping, "--from", "2026-12-01", "--to", "2026-12-02", "--format", "csv", "--apply");
        Assert.True(again.ExitCode == ExitCodes.Success, again.Error);
        Assert.Contains("Applied: 0 call logs written", again.Error, StringComparison.Ordinal);
        Assert.Contains("1 the projector changed since the replay", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_rewritten_while_their_Task_was_being_synced_stay_pending_for_the_next_sync()
    {
        await using var database = await StoredDay.OfAgent1Async(postgres);
        await LiveProjection.FoldAllAsync(database.ConnectionString, new CallLogOptions());
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var outbox = new CallLogOutbox(dataSource);
        var taken = await outbox.TakeAsync(10, CancellationToken.None);
        Assert.Contains(taken, p => p.InteractionKey == "call-1");

        // While Salesforce answers, what-if --apply rewrites call-1's fields at the same stream version.
        var mapping = await MappingFileAsync("""{"CallLogs": {"Culture": "fr-FR", "TimeZone": "Europe/Paris"}}""");
        var (exitCode, _, error) = await database.RunToolAsync("what-if", "--mapping", mapping, "--format", "csv", "--apply");
        Assert.True(exitCode == ExitCodes.Success, error);

        await outbox.MarkSyncedAsync([.. taken.Select(p => (p, (string?)$"00T{p.InteractionKey}"))], CancellationToken.None);

        var pending = await outbox.TakeAsync(10, CancellationToken.None);
        Assert.Contains(pending, p => p.InteractionKey == "call-1" && p.Fields.Subject == "Call 01/12/2026, 10:00:05");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
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
