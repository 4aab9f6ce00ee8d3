using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.IntegrationTests.Calls;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.Calls.CallDesk;

namespace PureConnect.IntegrationTests.Chats;

/// <summary>"A callback and a web chat each produce a call-log Task like a call does (... the chat transcript in the Task's Description or
/// as an attachment per configuration), upserted by the interaction's external id, never duplicated": with the transcript as an
/// attachment, a web chat through the whole stack is one Task with one transcript file, which a later text gives a new version.</summary>
[Collection(TranscriptFileStackCollection.Name)]
public sealed class ChatTranscriptFileTests(TranscriptFileStackFixture stack)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_web_chat_is_one_task_with_its_transcript_as_one_file_and_a_later_text_is_a_new_version_of_it()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"ItFile{Guid.NewGuid():N}"[..18];
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } });
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        using var salesforce = new HttpClient { BaseAddress = stack.SalesforceUri };

        var id = await stack.Control.StartChatAsync(workgroup, "Vera Visitor", "vera@example.com", "<script>alert('hi')</script> my order is late");
        var key = Key(await desk.WaitForAsync(id, i => Status(i) == "Alerting", "the chat alerting"));
        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Connected", "the chat picked up");

        var task = (await Eventually.MatchesAsync(() => salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}")!,
            found => found!.Count == 1, Deadline, "the chat's Task"))![0];
        var taskId = task.GetProperty("Id").GetString()!;
        var files = await FilesAsync(salesforce, taskId, f => Text(Latest(f[0])).Contains("my order is late", StringComparison.Ordinal), "the transcript file");
        Assert.Contains("Vera Visitor: <script>alert('hi')</script> my order is late", Text(Latest(files[0])), StringComparison.Ordinal);

        (await desk.PostAsync($"/api/me/interactions/{key}/chat/messages", new { text = "Let me check." })).ShouldBe(HttpStatusCode.Accepted);
        files = await FilesAsync(salesforce, taskId, f => Text(Latest(f[0])).Contains("Let me check.", StringComparison.Ordinal), "a version with the agent's text");
        var file = Assert.Single(files);
        Assert.True(Versions(file).Count >= 2, "a new version of the same file");
        Assert.Equal(Versions(file).Select((_, i) => i + 1), Versions(file).Select(v => v.GetProperty("versionNumber").GetInt32()));

        await stack.Control.PostJsonAsync($"/control/chats/{id}/leave", new { });
        await desk.WaitForAsync(id, i => Status(i) == "Disconnected", "the chat ended by the visitor");
        var tasks = await Eventually.MatchesAsync(() => salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}")!,
            found => found!.Count == 1 && found[0].GetProperty("Status").GetString() == "Completed", Deadline, "the Task completed");
        Assert.StartsWith("Chat ", tasks![0].GetProperty("Subject").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("my order is late", tasks[0].TryGetProperty("Description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "",
            StringComparison.Ordinal);
        Assert.Single(await FilesAsync(salesforce, taskId, _ => true, "the files"));
    }

    private static async Task<List<JsonElement>> FilesAsync(HttpClient salesforce, string taskId, Func<List<JsonElement>, bool> condition, string because) =>
        (await Eventually.MatchesAsync(() => salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/files?recordId={taskId}")!,
            files => files!.Count > 0 && condition(files), Deadline, because))!;

    private static List<JsonElement> Versions(JsonElement file) => [.. file.GetProperty("versions").EnumerateArray()];

    private static JsonElement Latest(JsonElement file) => Versions(file)[^1];

    private static string Text(JsonElement version) => version.GetProperty("text").GetString()!;
}
