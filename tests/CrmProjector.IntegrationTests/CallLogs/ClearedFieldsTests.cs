using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PureConnect.CrmProjector.IntegrationTests.Infrastructure;
using PureConnect.Grains.Interactions;

namespace PureConnect.CrmProjector.IntegrationTests.CallLogs;

/// <summary>What the agent clears in the call log is cleared in Salesforce (sent as an explicit null), and a call log that
/// Salesforce refuses for good is listed for operators and locks with its window instead of being retried forever.</summary>
[Collection(BrokerCollection.Name)]
public sealed class ClearedFieldsTests(BrokerFixture broker)
{
    [Fact]
    public async Task Clearing_comments_and_related_to_clears_them_on_the_task_and_a_lead_can_then_be_the_name()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "cleared");
        var account = await AddRecordAsync(harness, "Account", "Cleared Fields Ltd");
        var lead = await AddRecordAsync(harness, "Lead", "Lee Lead");
        var call = harness.NewCall(1, talkSeconds: 30);
        await harness.AppendAsync(call);
        await harness.AppendAsync(call.Key, 5, new CallLogEdited("agent1", null, "Call me back", null, account, DateTimeOffset.UtcNow));
        await Eventually.MatchesAsync(harness.TasksAsync,
            t => t.Count == 1 && Text(t[0], "Description") == "Call me back" && Text(t[0], "WhatId") == account, because: "the comments and Related To to reach the Task");

        await harness.AppendAsync(call.Key, 6, new CallLogEdited("agent1", null, null, lead, null, DateTimeOffset.UtcNow));

        var task = Assert.Single(await Eventually.MatchesAsync(harness.TasksAsync,
            t => t.Count == 1 && Text(t[0], "WhoId") == lead, because: "the Lead to become the Task's Name"));
        Assert.Equal(JsonValueKind.Null, task.GetProperty("Description").ValueKind);
        Assert.Equal(JsonValueKind.Null, task.GetProperty("WhatId").ValueKind);
        Assert.Empty(await FailuresAsync(harness));
    }

    [Fact]
    public async Task A_call_log_refused_for_good_is_listed_for_operators_locks_and_is_not_retried()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "refused");
        var connectedAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var key = $"{harness.Prefix}0001";
        var start = connectedAt.AddSeconds(-8);
        object[] events =
        [
            new InteractionDiscovered(key[^10..], "Call", InteractionDirection.Inbound, "3175550100", "Caller", "Sales", false, start, start),
            new InteractionAssigned("agent1", start.AddSeconds(1)),
            new InteractionAlerting("agent1", start.AddSeconds(2)),
            new InteractionConnected(connectedAt),
            // Longer than Subject's 255 characters (the agent API would refuse it; here it stands for any record the org refuses).
            new CallLogEdited("agent1", new string('s', 300), null, null, null, connectedAt.AddSeconds(5)),
            new InteractionDisconnected(DisconnectedBy.Remote, connectedAt.AddSeconds(30)),
        ];
        for (var i = 0; i < events.Length; i++)
            await harness.AppendAsync(key, i, events[i]);

        var failure = Assert.Single(await Eventually.MatchesAsync(() => FailuresAsync(harness), f => f.Count > 0, because: "the refusal to be listed"));
        Assert.Equal(key, failure.GetProperty("interactionKey").GetString());
        Assert.Equal("STRING_TOO_LONG [Subject]: value too long", failure.GetProperty("error").GetString());
        await Eventually.MatchesAsync(() => LockedAsync(harness, key), locked => locked, because: "the refused log to lock once its window has passed");

        // Every refusal stamps its time: an unchanged stamp after ten sync rounds means nothing was sent again. (Read once the log is
        // locked: on a loaded machine a sync round can come between two of the events, and the refused fields changed by a later event
        // are rightly sent, and refused, again.)
        var refusedAt = Assert.Single(await FailuresAsync(harness)).GetProperty("refusedAt").GetDateTimeOffset();
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(refusedAt, Assert.Single(await FailuresAsync(harness)).GetProperty("refusedAt").GetDateTimeOffset());
        // A sync round may have written the call log before the edit was projected (a loaded machine); the refused value never lands.
        Assert.All(await harness.TasksAsync(), t => Assert.NotEqual(new string('s', 300), Text(t, "Subject")));
    }

    private static async Task<string> AddRecordAsync(ProjectorHarness harness, string type, string name)
    {
        using var response = await harness.Salesforce.PostAsJsonAsync("/control/records", new { type, name });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<List<JsonElement>> FailuresAsync(ProjectorHarness harness)
    {
        using var projector = harness.Projector;
        return (await projector.GetFromJsonAsync<List<JsonElement>>("/operations/call-log-failures"))!;
    }

    private static string? Text(JsonElement task, string field) =>
        task.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task<bool> LockedAsync(ProjectorHarness harness, string key)
    {
        await using var connection = new NpgsqlConnection(harness.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT locked_at IS NOT NULL FROM call_logs WHERE interaction_key = @k", connection);
        command.Parameters.AddWithValue("k", key);
        return await command.ExecuteScalarAsync() is true;
    }
}
