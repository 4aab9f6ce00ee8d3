using System.Text.Json;
using Npgsql;
using PureConnect.CrmProjector.IntegrationTests.Infrastructure;
using PureConnect.Grains.Interactions;

namespace PureConnect.CrmProjector.IntegrationTests.CallLogs;

/// <summary>An edit is judged by the time the agent made it: one made inside the window still reaches the Task when the projector
/// folds it in after the log was locked; one made after the window never does.</summary>
[Collection(BrokerCollection.Name)]
public sealed class LateEditTests(BrokerFixture broker)
{
    [Fact]
    public async Task An_edit_made_inside_the_window_reopens_a_locked_log_and_one_made_after_it_changes_nothing()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "lateedit");
        var call = new SimulatedCall($"{harness.Prefix}0001", DateTimeOffset.UtcNow.AddMinutes(-10), TalkSeconds: 60);
        var disconnectedAt = call.ConnectedAt.AddSeconds(call.TalkSeconds);
        await harness.AppendAsync(call);
        await harness.AssertEachCallIsExactlyOneCompletedTaskAsync([call], TimeSpan.FromSeconds(30));
        await Eventually.MatchesAsync(() => LockedAsync(harness, call.Key), locked => locked, because: "the log to lock, its window long past");

        await harness.AppendAsync(call.Key, 5, new CallLogEdited("agent1", null, "Made in time", null, "001000000000001AAA", disconnectedAt.AddSeconds(100)));

        var task = await Eventually.MatchesAsync(async () => Assert.Single(await harness.TasksAsync()),
            t => Text(t, "Description") == "Made in time", because: "the in-time edit to reach the Task");
        Assert.Equal("001000000000001AAA", Text(task, "WhatId"));
        await Eventually.MatchesAsync(() => LockedAsync(harness, call.Key), locked => locked, because: "the log to lock again once written");

        await harness.AppendAsync(call.Key, 6, new CallLogEdited("agent1", null, "Made too late", null, null, disconnectedAt.AddMinutes(3)));
        await Task.Delay(1500);
        Assert.Equal("Made in time", Text(Assert.Single(await harness.TasksAsync()), "Description"));
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
