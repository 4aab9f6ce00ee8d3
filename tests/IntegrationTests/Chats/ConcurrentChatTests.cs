using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.IntegrationTests.Calls;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.Calls.CallDesk;

namespace PureConnect.IntegrationTests.Chats;

/// <summary>Spec: "Work with chats" ("PureConnect for Salesforce can be configured to route multiple concurrent chats to an agent") and
/// "Transfer a chat" (blind; "transferring the chat ends the chat for the transferring agent"), through the simulator, ingest, grains,
/// AgentApi, projector and the Salesforce simulator.</summary>
[Collection(StackCollection.Name)]
public sealed class ConcurrentChatTests(StackFixture stack)
{
    [Fact]
    public async Task An_agent_holds_two_chats_at_once_transfers_one_blind_to_another_agent_and_each_chat_ends_as_exactly_one_task()
    {
        var workgroup = $"ItChats{Guid.NewGuid():N}"[..18];
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        await using var b = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { a.AgentId } });

        var first = await stack.Control.StartChatAsync(workgroup, "Vera Visitor", "vera@example.com", "Where is my order?");
        var second = await stack.Control.StartChatAsync(workgroup, "Walt Visitor", null, "Can I change my address?");
        var firstKey = Key(await a.WaitForStatusAsync(first, "Alerting"));
        var secondKey = Key(await a.WaitForStatusAsync(second, "Alerting"));
        (await a.PostAsync($"/api/me/interactions/{firstKey}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        (await a.PostAsync($"/api/me/interactions/{secondKey}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitForStatusAsync(first, "Connected");
        await a.WaitForStatusAsync(second, "Connected");

        (await a.PostAsync($"/api/me/interactions/{firstKey}/chat/messages", new { text = "Checking order for Vera." })).ShouldBe(HttpStatusCode.Accepted);
        (await a.PostAsync($"/api/me/interactions/{secondKey}/chat/messages", new { text = "Passing you to a colleague, Walt." })).ShouldBe(HttpStatusCode.Accepted);
        await WaitForTextAsync(a, firstKey, "Checking order for Vera.");
        await WaitForTextAsync(a, secondKey, "Passing you to a colleague, Walt.");
        var transcriptOfFirst = await a.Api.GetAsync($"/api/me/interactions/{firstKey}/chat");
        Assert.DoesNotContain(Texts(transcriptOfFirst.ShouldBe(HttpStatusCode.OK).Json), t => t.Contains("Walt", StringComparison.Ordinal));

        (await a.PostAsync($"/api/me/interactions/{secondKey}/transfer", new { mode = "blind", kind = "User", target = b.AgentId })).ShouldBe(HttpStatusCode.Accepted);
        var atB = await b.WaitForStatusAsync(second, "Alerting");
        Assert.Equal("Chat", atB.GetProperty("objectType").GetString());
        Assert.Equal(secondKey, Key(atB));
        (await b.PostAsync($"/api/me/interactions/{Key(atB)}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await b.WaitForStatusAsync(second, "Connected");
        await a.WaitUntilGoneAsync(second, "the transferred chat to leave the first agent");
        Assert.Equal("Connected", Status(await a.WaitForStatusAsync(first, "Connected")));

        await stack.Control.PostJsonAsync($"/control/chats/{second}/messages", new { text = "Hello again" });
        await WaitForTextAsync(b, Key(atB), "Hello again");
        (await b.PostAsync($"/api/me/interactions/{Key(atB)}/chat/messages", new { text = "Your address is changed, Walt." })).ShouldBe(HttpStatusCode.Accepted);
        await WaitForTextAsync(b, Key(atB), "Your address is changed, Walt.");

        (await b.PostAsync($"/api/me/interactions/{Key(atB)}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
        (await a.PostAsync($"/api/me/interactions/{firstKey}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
        await b.WaitForStatusAsync(second, "Disconnected");
        await a.WaitForStatusAsync(first, "Disconnected");

        using var salesforce = new HttpClient { BaseAddress = stack.SalesforceUri };
        var firstTask = await OneCompletedTaskAsync(salesforce, firstKey, "Checking order for Vera.");
        var secondTask = await OneCompletedTaskAsync(salesforce, secondKey, "Your address is changed, Walt.");
        Assert.Contains("Vera Visitor: Where is my order?", firstTask.GetProperty("Description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Walt", firstTask.GetProperty("Description").GetString(), StringComparison.Ordinal);
        Assert.Contains("Walt Visitor: Can I change my address?", secondTask.GetProperty("Description").GetString(), StringComparison.Ordinal);
        Assert.Contains("Passing you to a colleague, Walt.", secondTask.GetProperty("Description").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> OneCompletedTaskAsync(HttpClient salesforce, string key, string lastText)
    {
        var tasks = await Eventually.MatchesAsync(
            () => TasksAsync(salesforce, key),
            found => found.Count >= 1 && found.All(t => t.GetProperty("Status").GetString() == "Completed")
                && (found[0].GetProperty("Description").GetString() ?? "").Contains(lastText, StringComparison.Ordinal),
            TimeSpan.FromMinutes(3), $"the call-log Task of chat {key} with its transcript");
        Assert.Single(tasks!);
        return tasks![0];
    }

    private static async Task<List<JsonElement>> TasksAsync(HttpClient salesforce, string key) =>
        (await salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}"))!;

    private static async Task WaitForTextAsync(CallDesk desk, string key, string text) =>
        await Eventually.MatchesAsync(
            async () => Texts((await desk.Api.GetAsync($"/api/me/interactions/{key}/chat")).ShouldBe(HttpStatusCode.OK).Json),
            texts => texts.Contains(text), TimeSpan.FromMinutes(2), $"'{text}' in the transcript of {key}");

    private static List<string> Texts(JsonElement chat) =>
        [.. chat.GetProperty("transcript").EnumerateArray().Select(e => e.GetProperty("text").GetString()!)];
}
