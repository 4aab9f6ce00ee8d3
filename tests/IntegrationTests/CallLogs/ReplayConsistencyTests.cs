using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PureConnect.CallLogs;
using PureConnect.Grains.Agents;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.Infrastructure;
using PureConnect.Replay.CommandLine;
using PureConnect.Replay.Reading;
using PureConnect.Replay.Reports;
using PureConnect.Replay.WhatIf;
using static PureConnect.IntegrationTests.EndToEnd.AgentSessionHelpers;

namespace PureConnect.IntegrationTests.CallLogs;

/// <summary>
/// Issue 19's consistency proof: the events the real stack stored (simulator → ingest → grains → event store), replayed by the
/// analysts' tool through the shared <see cref="CallLogProjection"/>, give byte for byte the call logs the live projector built
/// from the same events delivered by the relay.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ReplayConsistencyTests(StackFixture stack)
{
    private static readonly CallLogOptions LiveMapping = new() { EditWindow = StackFixture.CallLogEditWindow };

    [Fact]
    public async Task Replaying_the_stored_events_gives_byte_for_byte_the_call_logs_of_the_live_projection()
    {
        var startedAt = DateTimeOffset.UtcNow.AddSeconds(-1);
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        string edited, hungUp;
        try
        {
            // Held and retrieved, its log edited by the agent, ended by the caller.
            var first = await stack.Control.InjectCallAsync("3175550170", user: agentId, remoteName: "Ada Lovelace");
            edited = await agent.QueueKeyOfAsync(first);
            Succeeded(await agent.ControlAsync(edited, CallControl.Pickup));
            await stack.WaitForAsync(edited, v => v.Status == InteractionStatus.Connected, "connected");
            Succeeded(await agent.ControlAsync(edited, CallControl.Hold));
            await stack.WaitForAsync(edited, v => v.Status == InteractionStatus.Held, "held");
            Succeeded(await agent.ControlAsync(edited, CallControl.Unhold));
            await stack.WaitForAsync(edited, v => v.Status == InteractionStatus.Connected, "retrieved");
            Succeeded(await stack.Grains.GetGrain<IInteractionGrain>(edited)
                .EditCallLogAsync(new EditCallLog(agentId, "Billing question", "Wants a callback on Friday", null, null)));
            await stack.Control.RemoteDisconnectAsync(first);
            await stack.WaitForAsync(edited, v => v.Status == InteractionStatus.Disconnected, "ended by the caller");

            // Answered and ended by the agent.
            var second = await stack.Control.InjectCallAsync("3175550171", user: agentId);
            hungUp = await agent.QueueKeyOfAsync(second);
            Succeeded(await agent.ControlAsync(hungUp, CallControl.Pickup));
            await stack.WaitForAsync(hungUp, v => v.Status == InteractionStatus.Connected, "connected");
            Succeeded(await agent.ControlAsync(hungUp, CallControl.Disconnect));
            await stack.WaitForAsync(hungUp, v => v.Status == InteractionStatus.Disconnected, "ended by the agent");
        }
        finally
        {
            await agent.LogOutAsync();
        }

        string[] keys = [edited, hungUp];
        await Eventually.MatchesAsync(() => CaughtUpAsync(keys), caughtUp => caughtUp, timeout: TimeSpan.FromMinutes(3),
            because: "the projector to have folded every stored event of both calls");

        var replayed = await ReplayAsync(new ReportRange(startedAt, null));

        foreach (var key in keys)
        {
            var fields = replayed[key];
            Assert.NotNull(fields);
            var (stored, replayedText) = await StoredAndReplayedTextAsync(key, JsonSerializer.Serialize(fields, EventSerializer.JsonOptions));
            Assert.Equal(stored, replayedText);
        }

        Assert.Equal("Billing question", replayed[edited]!.Subject);
        Assert.Equal("Completed", replayed[hungUp]!.Status);
        Assert.True(await CaughtUpAsync(keys), "no event came after the comparison's read");
    }

    [Fact]
    public async Task The_what_if_with_the_live_mapping_finds_nothing_to_change()
    {
        var startedAt = DateTimeOffset.UtcNow.AddSeconds(-1);
        var key = await AnsweredCallAsync("3175550172");

        await Eventually.MatchesAsync(() => CaughtUpAsync([key]), caughtUp => caughtUp, timeout: TimeSpan.FromMinutes(3),
            because: "the projector to have folded every stored event of the call");
        var mapping = Path.Combine(Path.GetTempPath(), $"live-mapping-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(mapping, JsonSerializer.Serialize(new { CallLogs = new { EditWindow = StackFixture.CallLogEditWindow.ToString() } }));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ReplayCommandLine.RunAsync(
            ["what-if", "--mapping", mapping, "--from", startedAt.ToString("O"), "--format", "csv", "--connection", stack.ConnectionString],
            ReplayConsole.Redirected(output, error), _ => null);
        File.Delete(mapping);

        Assert.True(exitCode == ExitCodes.Success, error.ToString());
        Assert.Equal("interaction_key,field,live,what_if\r\n", output.ToString());
        Assert.Matches(@"Compared [1-9]\d* call logs of the range with the live call_logs table: 0 would change\.", error.ToString());
    }

    [Fact]
    public async Task A_what_if_applied_reaches_the_Task_in_Salesforce_through_the_projector_s_sync_once()
    {
        var startedAt = DateTimeOffset.UtcNow.AddSeconds(-1);
        var key = await AnsweredCallAsync("3175550173");

        using var salesforce = new HttpClient { BaseAddress = stack.SalesforceUri };
        var before = await Eventually.MatchesAsync(() => TasksAsync(salesforce, key),
            found => found.Count == 1 && found[0].GetProperty("Status").GetString() == "Completed", TimeSpan.FromMinutes(3), "the call's Task");
        // The interaction's last event (CIC deallocates it a second after the end) folded: a later live event would fold the
        // live mapping over the applied one before the sync sends it (on a loaded machine the Task completes before that).
        await Eventually.MatchesAsync(() => SettledAsync(key), settled => settled, TimeSpan.FromMinutes(3), "the call's last event to be folded");
        var french = await ApplyAsync(startedAt, new { EditWindow = StackFixture.CallLogEditWindow.ToString(), Culture = "fr-FR", TimeZone = "Europe/Paris" });
        Assert.Matches(@"Applied: [1-9]\d* call logs written, [1-9]\d* of them queued for Salesforce", french);
        var subject = await ScalarTextAsync($"SELECT fields->>'subject' FROM call_logs WHERE interaction_key = '{key}'");
        var original = before![0].GetProperty("Subject").GetString();
        Assert.NotEqual(original, subject);
        var after = await Eventually.MatchesAsync(() => TasksAsync(salesforce, key),
            found => found.Count >= 1 && found[0].GetProperty("Subject").GetString() == subject, TimeSpan.FromMinutes(3),
            "the applied subject on the call's Task");
        Assert.Single(after!);
        Assert.Equal(before[0].GetProperty("Id").GetString(), after![0].GetProperty("Id").GetString());

        // And back: the live mapping applied restores the Task (and leaves the shared stack as the other tests expect it).
        await ApplyAsync(startedAt, new { EditWindow = StackFixture.CallLogEditWindow.ToString() });
        var restored = await Eventually.MatchesAsync(() => TasksAsync(salesforce, key),
            found => found.Count >= 1 && found[0].GetProperty("Subject").GetString() == original, TimeSpan.FromMinutes(3),
            "the live mapping's subject on the call's Task again");
        Assert.Single(restored!);
    }

    /// <summary>Runs <c>what-if --apply</c> with this <c>CallLogs</c> section from <paramref name="from"/>; answers its summary.</summary>
    private async Task<string> ApplyAsync(DateTimeOffset from, object callLogs)
    {
        var mapping = Path.Combine(Path.GetTempPath(), $"mapping-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(mapping, JsonSerializer.Serialize(new { CallLogs = callLogs }));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ReplayCommandLine.RunAsync(
            ["what-if", "--mapping", mapping, "--from", from.ToString("O"), "--format", "csv", "--connection", stack.ConnectionString, "--apply"],
            ReplayConsole.Redirected(output, error), _ => null);
        File.Delete(mapping);
        Assert.True(exitCode == ExitCodes.Success, error.ToString());
        return error.ToString();
    }

    /// <summary>A call answered by a fresh agent and ended by the caller; answers its interaction key.</summary>
    private async Task<string> AnsweredCallAsync(string ani)
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var call = await stack.Control.InjectCallAsync(ani, user: agentId);
            var key = await agent.QueueKeyOfAsync(call);
            Succeeded(await agent.ControlAsync(key, CallControl.Pickup));
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Connected, "connected");
            await stack.Control.RemoteDisconnectAsync(call);
            await stack.WaitForAsync(key, v => v.Status == InteractionStatus.Disconnected, "ended");
            return key;
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    private static async Task<List<JsonElement>> TasksAsync(HttpClient salesforce, string key) =>
        await salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}") ?? [];

    private async Task<string?> ScalarTextAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(stack.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() as string;
    }

    private async Task<IReadOnlyDictionary<string, CallLogFields?>> ReplayAsync(ReportRange range)
    {
        var replay = new CallLogReplay(range, LiveMapping);
        var session = new ReplaySession(replay, range, EventSerializer.ForContracts());
        await using var store = new ReadOnlyEventStore(stack.ConnectionString);
        await new EventLogRead(ReplayConsole.Redirected(TextWriter.Null, TextWriter.Null), pageSize: 500).RunAsync(store, page =>
        {
            session.Accept(page);
            return Task.CompletedTask;
        }, () => "", CancellationToken.None);
        Assert.Equal(0, session.Issues.UnknownCount);
        Assert.Empty(session.Issues.Corrupt);
        return replay.Results();
    }

    /// <summary>Whether each call log has folded its stream's last event and is complete.</summary>
    private async Task<bool> SettledAsync(string key)
    {
        await using var connection = new NpgsqlConnection(stack.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT EXISTS (SELECT 1 FROM events WHERE stream_id = 'interaction-' || $1 AND event_type = 'V1.InteractionDeallocated')
               AND (SELECT version FROM call_logs WHERE interaction_key = $1) = (SELECT max(stream_version) FROM events WHERE stream_id = 'interaction-' || $1)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        return await command.ExecuteScalarAsync() is true;
    }

    private async Task<bool> CaughtUpAsync(IReadOnlyList<string> keys)
    {
        await using var connection = new NpgsqlConnection(stack.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FROM call_logs c
            WHERE c.interaction_key = ANY($1) AND c.fields ->> 'status' = 'Completed'
              AND c.version = (SELECT max(e.stream_version) FROM events e WHERE e.stream_id = 'interaction-' || c.interaction_key)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys] });
        return (long)(await command.ExecuteScalarAsync())! == keys.Count;
    }

    /// <summary>The live call log's fields as PostgreSQL stores them, and the replayed fields through the same jsonb.</summary>
    private async Task<(string Stored, string Replayed)> StoredAndReplayedTextAsync(string key, string replayedJson)
    {
        await using var connection = new NpgsqlConnection(stack.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT fields::text, $2::jsonb::text FROM call_logs WHERE interaction_key = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = replayedJson });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no live call log for {key}");
        return (reader.GetString(0), reader.GetString(1));
    }
}
