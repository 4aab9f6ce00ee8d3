using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.IntegrationTests.Calls;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.Calls.CallDesk;

namespace PureConnect.IntegrationTests.Chats;

/// <summary>Spec: "Chats", through the whole stack: a web visitor's chat routed by the CIC simulator, watched by the ingest, held by the
/// interaction grain, answered by the agent at the AgentApi, and logged as a Task with its transcript in the Salesforce simulator.</summary>
[Collection(StackCollection.Name)]
public sealed class ChatTests(StackFixture stack)
{
    [Fact]
    public async Task An_agent_picks_up_a_web_chat_talks_with_the_visitor_and_the_finished_chat_is_a_task_with_its_transcript()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"ItChat{Guid.NewGuid():N}"[..18];
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } });
        await using var desk = await CallDesk.OpenAsync(stack, agentId);

        var id = await stack.Control.StartChatAsync(workgroup, "Vera Visitor", "vera@example.com", "Hello, my order is late");
        var alerting = await desk.WaitForAsync(id, i => Status(i) == "Alerting" && i.GetProperty("objectType").GetString() == "Chat", "the chat alerting");
        var key = Key(alerting);
        Assert.Equal("Vera Visitor", alerting.GetProperty("remoteName").GetString());
        (await desk.PostAsync($"/api/me/interactions/{key}/chat/messages", new { text = "Hi" })).ShouldFail(HttpStatusCode.Conflict, "chat.notPickedUp");

        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Connected", "the chat picked up");
        await stack.Control.PostJsonAsync($"/control/chats/{id}/messages", new { text = "Order 1234" });
        await desk.WaitForAsync(id, i => i.GetProperty("chat").GetProperty("unread").GetInt32() == 2, "the visitor's two texts unread");

        var chat = await TranscriptAsync(desk, key, t => t.Any(e => Text(e) == "Order 1234"), "the visitor's second text");
        Assert.Equal(["Hello, my order is late", "Order 1234"], chat.Where(e => Party(e) == "Visitor").Select(Text));
        await desk.WaitForAsync(id, i => i.GetProperty("chat").GetProperty("unread").GetInt32() == 0, "the chat read");

        (await desk.PostAsync($"/api/me/interactions/{key}/chat/messages", new { text = "Let me check." })).ShouldBe(HttpStatusCode.Accepted);
        chat = await TranscriptAsync(desk, key, t => t.Any(e => Text(e) == "Let me check."), "the agent's text");
        Assert.Equal("Agent", Party(chat.Single(e => Text(e) == "Let me check.")));
        Assert.True(chat.FindIndex(e => Text(e) == "Order 1234") < chat.FindIndex(e => Text(e) == "Let me check."), "oldest first");
        var atCic = await stack.Control.GetAsync($"/control/chats/{id}/transcript");
        Assert.Contains(atCic.EnumerateArray(), t => t.GetProperty("text").GetString() == "Let me check.");

        (await desk.PostAsync($"/api/me/interactions/{key}/chat/messages", new { text = " " })).ShouldFail(HttpStatusCode.BadRequest, "chat.emptyText");
        (await desk.PostAsync($"/api/me/interactions/{key}/chat/messages", new { text = "bell\u0007" })).ShouldFail(HttpStatusCode.BadRequest, "input.controlCharacters");
        (await desk.PostAsync($"/api/me/interactions/{key}/chat/messages", new { text = new string('a', 2001) })).ShouldFail(HttpStatusCode.BadRequest, "chat.textTooLong");

        await stack.Control.PostJsonAsync($"/control/chats/{id}/leave", new { });
        await desk.WaitForAsync(id, i => Status(i) == "Disconnected", "the chat ended by the visitor");
        (await desk.PostAsync($"/api/me/interactions/{key}/chat/messages", new { text = "Still there?" })).ShouldFail(HttpStatusCode.Conflict, "chat.ended");

        using var salesforce = new HttpClient { BaseAddress = stack.SalesforceUri };
        var tasks = await Eventually.MatchesAsync(
            () => salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}")!,
            found => found!.Count == 1 && found[0].GetProperty("Status").GetString() == "Completed"
                && (found[0].GetProperty("Description").GetString() ?? "").Contains("Let me check.", StringComparison.Ordinal),
            TimeSpan.FromMinutes(3), "the chat's call log Task with its transcript");
        var task = tasks![0];
        Assert.StartsWith("Chat ", task.GetProperty("Subject").GetString(), StringComparison.Ordinal);
        var description = task.GetProperty("Description").GetString()!;
        Assert.Contains("Vera Visitor: Hello, my order is late", description, StringComparison.Ordinal);
        Assert.True(description.IndexOf("Order 1234", StringComparison.Ordinal) < description.IndexOf("Let me check.", StringComparison.Ordinal));
    }

    private static async Task<List<JsonElement>> TranscriptAsync(CallDesk desk, string key, Func<List<JsonElement>, bool> condition, string because) =>
        await Eventually.MatchesAsync(
            async () => (await desk.Api.GetAsync($"/api/me/interactions/{key}/chat")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("transcript")
                .EnumerateArray().ToList(),
            condition, TimeSpan.FromMinutes(2), because);

    private static string Text(JsonElement entry) => entry.GetProperty("text").GetString()!;

    private static string Party(JsonElement entry) => entry.GetProperty("party").GetString()!;
}
