using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PureConnect.CrmProjector.IntegrationTests.Infrastructure;
using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Chats;

namespace PureConnect.CrmProjector.IntegrationTests.CallLogs;

/// <summary>With <c>CallLogs:ChatTranscript</c> = <c>Attachment</c> a chat's transcript is one text file on its Task: a later text makes a
/// new version of that file, and a projector that restarts after uploading, before it recorded the upload, adds nothing.</summary>
[Collection(BrokerCollection.Name)]
public sealed class TranscriptFileTests(BrokerFixture broker)
{
    [Fact]
    public async Task A_chats_transcript_is_one_file_on_its_task_with_a_new_version_per_change_and_none_twice_after_a_restart()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "transcript",
            settings: new Dictionary<string, string?> { ["CallLogs:ChatTranscript"] = "Attachment" });
        var key = $"{harness.Prefix}0001";
        var connected = DateTimeOffset.UtcNow.AddSeconds(-30);
        var version = 0L;
        async Task AppendAsync(object e) => await harness.AppendAsync(key, version++, e);

        await AppendAsync(new InteractionDiscovered(key[^10..], "Chat", InteractionDirection.Inbound, "vera@example.com", "Vera Visitor", "Sales", false, connected, connected));
        await AppendAsync(new ChatTextAdded("v-1", "Vera Visitor", ChatParty.Visitor, "<script>alert('x')</script> my order", connected, connected));
        await AppendAsync(new InteractionConnected(connected));

        var task = await Eventually.MatchesAsync(async () => (await harness.TasksAsync()).SingleOrDefault(), t => t.ValueKind == JsonValueKind.Object,
            TimeSpan.FromMinutes(1), "the chat's Task");
        var taskId = task.GetProperty("Id").GetString()!;
        var files = await FilesAsync(harness, taskId, f => f.Count == 1 && Versions(f[0]).Count == 1, "the transcript file");
        Assert.False(task.TryGetProperty("Description", out var description) && description.ValueKind == JsonValueKind.String, "no transcript in the Description");
        Assert.Equal("chat-transcript.txt", Versions(files[0])[0].GetProperty("pathOnClient").GetString());
        Assert.Contains("Vera Visitor: <script>alert('x')</script> my order\n", Text(Versions(files[0])[0]), StringComparison.Ordinal);

        await AppendAsync(new ChatTextAdded("agent1", "Agent One", ChatParty.Agent, "Let me check.", connected.AddSeconds(5), connected.AddSeconds(5)));
        files = await FilesAsync(harness, taskId, f => f.Count > 1 || Versions(f[0]).Count == 2, "a second version of the file");
        Assert.Single(files);
        Assert.Contains("Agent One: Let me check.", Text(Versions(files[0])[1]), StringComparison.Ordinal);

        // A crash after the upload and before the row recorded it: the restarted projector finds the file as it is and adds nothing.
        await harness.KillProjectorAsync();
        await ForgetSyncAsync(harness, key);
        await harness.StartProjectorAsync();
        await Eventually.MatchesAsync(() => DirtyAsync(harness, key), dirty => !dirty, because: "the restarted projector to sync the log again");
        files = await FilesAsync(harness, taskId, _ => true, "the files");
        Assert.Equal(2, Versions(Assert.Single(files)).Count);

        await AppendAsync(new InteractionDisconnected(DisconnectedBy.Remote, connected.AddSeconds(20)));
        await Eventually.MatchesAsync(async () => Assert.Single(await harness.TasksAsync()), t => t.GetProperty("Status").GetString() == "Completed",
            because: "the Task completed");
        await Eventually.MatchesAsync(() => DirtyAsync(harness, key), dirty => !dirty, because: "the log synced");
        Assert.Equal(2, Versions(Assert.Single(await FilesAsync(harness, taskId, _ => true, "the files"))).Count);
        Assert.Single(await harness.TasksAsync());
    }

    [Theory]
    [InlineData("sobjects/ContentVersion", "POST")] // the upload
    [InlineData("ContentDocumentLink", "GET")] // the look-up of the Task's files
    public async Task A_transcript_file_salesforce_refuses_waits_as_a_failure_and_holds_back_no_other_call_log(string pathContains, string method)
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "transcriptrefused",
            settings: new Dictionary<string, string?> { ["CallLogs:ChatTranscript"] = "Attachment" });
        (await harness.Salesforce.PostAsJsonAsync("/control/faults", new { kind = "ValidationRule", count = 1000, pathContains, method }))
            .EnsureSuccessStatusCode();
        var key = $"{harness.Prefix}0001";
        var connected = DateTimeOffset.UtcNow.AddSeconds(-30);
        var version = 0L;
        async Task AppendAsync(object e) => await harness.AppendAsync(key, version++, e);
        await AppendAsync(new InteractionDiscovered(key[^10..], "Chat", InteractionDirection.Inbound, "vera@example.com", "Vera Visitor", "Sales", false, connected, connected));
        await AppendAsync(new ChatTextAdded("v-1", "Vera Visitor", ChatParty.Visitor, "Hello", connected, connected));
        await AppendAsync(new InteractionConnected(connected));
        var call = harness.NewCall(2, talkSeconds: 30);
        await harness.AppendAsync(call);

        await Eventually.MatchesAsync(() => SyncErrorAsync(harness, key), error => error is not null, TimeSpan.FromMinutes(1), "the refusal kept with the call log");
        var tasks = await Eventually.MatchesAsync(harness.TasksAsync, t => t.Any(task => task.GetProperty("CallObject").GetString() == call.Key
            && task.GetProperty("Status").GetString() == "Completed"), TimeSpan.FromMinutes(1), "the other call's Task");
        var chatTask = tasks.Single(task => task.GetProperty("CallObject").GetString() == key).GetProperty("Id").GetString()!;
        Assert.Contains("FIELD_CUSTOM_VALIDATION_EXCEPTION", await SyncErrorAsync(harness, key), StringComparison.Ordinal);

        (await harness.Salesforce.DeleteAsync("/control/faults")).EnsureSuccessStatusCode();
        await AppendAsync(new ChatTextAdded("agent1", "Agent One", ChatParty.Agent, "Hi Vera", connected.AddSeconds(5), connected.AddSeconds(5)));
        var files = await FilesAsync(harness, chatTask, f => Versions(f[0]).Count == 1, "the transcript file once Salesforce takes it");
        Assert.Contains("Agent One: Hi Vera", Text(Versions(Assert.Single(files))[0]), StringComparison.Ordinal);
        await Eventually.MatchesAsync(() => SyncErrorAsync(harness, key), error => error is null, TimeSpan.FromMinutes(1), "the failure cleared");
    }

    private static async Task<string?> SyncErrorAsync(ProjectorHarness harness, string key)
    {
        await using var connection = new NpgsqlConnection(harness.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT sync_error FROM call_logs WHERE interaction_key = @k", connection);
        command.Parameters.AddWithValue("k", key);
        return await command.ExecuteScalarAsync() as string;
    }

    private static async Task<List<JsonElement>> FilesAsync(ProjectorHarness harness, string taskId, Func<List<JsonElement>, bool> condition, string because) =>
        await Eventually.MatchesAsync(
            async () => (await harness.Salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/files?recordId={taskId}"))!,
            files => files.Count > 0 && condition(files), TimeSpan.FromMinutes(1), because);

    private static List<JsonElement> Versions(JsonElement file) => [.. file.GetProperty("versions").EnumerateArray()];

    private static string Text(JsonElement version) => version.GetProperty("text").GetString()!;

    private static async Task ForgetSyncAsync(ProjectorHarness harness, string key)
    {
        await using var connection = new NpgsqlConnection(harness.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE call_logs SET synced_fields = NULL, dirty = true WHERE interaction_key = @k", connection);
        command.Parameters.AddWithValue("k", key);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static async Task<bool> DirtyAsync(ProjectorHarness harness, string key)
    {
        await using var connection = new NpgsqlConnection(harness.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT dirty FROM call_logs WHERE interaction_key = @k", connection);
        command.Parameters.AddWithValue("k", key);
        return await command.ExecuteScalarAsync() is true;
    }
}
