using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.IntegrationTests.Calls;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.Calls.CallDesk;

namespace PureConnect.IntegrationTests.Chats;

/// <summary>Spec: "Start an intercom chat", through the whole stack: one agent starts a chat with another logged-in agent at the AgentApi,
/// CIC (the simulator) puts a leg on each queue, the ingest watches both, the other agent picks it up, both talk, and the ended chat is
/// logged like an intercom call (an Internal Task for each agent); a user who is not logged in gets a Chat Mail instead.</summary>
[Collection(StackCollection.Name)]
public sealed class IntercomChatTests(StackFixture stack)
{
    [Fact]
    public async Task Two_agents_chat_the_starter_disconnects_both_see_it_end_and_each_has_an_internal_task_with_the_transcript()
    {
        var starterId = stack.TakeAgent();
        var targetId = stack.TakeAgent();
        await using var starter = await CallDesk.OpenAsync(stack, starterId);
        await using var target = await CallDesk.OpenAsync(stack, targetId);

        var started = (await starter.PostAsync("/api/me/intercom-chats", new { userId = targetId })).ShouldBe(HttpStatusCode.Accepted).Json;
        var (startedId, startedKey) = (started.GetProperty("interactionId").GetString()!, started.GetProperty("key").GetString()!);
        var mine = await starter.WaitForAsync(startedId, i => Status(i) == "Connected" && IsChat(i), "the starter's side of the chat, connected");
        Assert.Equal((startedKey, true, targetId), (Key(mine), mine.GetProperty("internal").GetBoolean(), mine.GetProperty("remoteAddress").GetString()));

        var offered = await target.WaitForAnyAsync(i => IsChat(i) && Status(i) == "Alerting" && i.GetProperty("remoteAddress").GetString() == starterId,
            "the intercom chat alerting the other agent");
        var targetKey = Key(offered);
        Assert.True(offered.GetProperty("internal").GetBoolean());
        (await starter.PostAsync($"/api/me/interactions/{startedKey}/chat/messages", new { text = "Got a minute?" })).ShouldBe(HttpStatusCode.Accepted);
        (await target.PostAsync($"/api/me/interactions/{targetKey}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await target.WaitForAsync(Id(offered), i => Status(i) == "Connected", "the other agent picked the chat up");

        var heard = await TranscriptAsync(target, targetKey, t => t.Any(e => Text(e) == "Got a minute?"), "the starter's text at the other agent");
        Assert.Equal("OtherUser", Party(heard.Single(e => Text(e) == "Got a minute?")));
        (await target.PostAsync($"/api/me/interactions/{targetKey}/chat/messages", new { text = "Sure, go ahead." })).ShouldBe(HttpStatusCode.Accepted);
        var answered = await TranscriptAsync(starter, startedKey, t => t.Any(e => Text(e) == "Sure, go ahead."), "the other agent's answer at the starter");
        Assert.Equal(("Agent", "OtherUser"),
            (Party(answered.Single(e => Text(e) == "Got a minute?")), Party(answered.Single(e => Text(e) == "Sure, go ahead."))));

        (await starter.PostAsync($"/api/me/interactions/{startedKey}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
        await starter.WaitForAsync(startedId, i => Status(i) == "Disconnected", "the chat ended for the starter");
        await target.WaitForAsync(Id(offered), i => Status(i) == "Disconnected", "the chat ended for the other agent");
        (await target.PostAsync($"/api/me/interactions/{targetKey}/chat/messages", new { text = "Hello?" })).ShouldFail(HttpStatusCode.Conflict, "chat.ended");

        using var salesforce = new HttpClient { BaseAddress = stack.SalesforceUri };
        foreach (var key in new[] { startedKey, targetKey })
        {
            var tasks = await Eventually.MatchesAsync(
                () => salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}")!,
                found => found!.Count == 1 && found[0].GetProperty("Status").GetString() == "Completed"
                    && (found[0].GetProperty("Description").GetString() ?? "").Contains("Sure, go ahead.", StringComparison.Ordinal),
                TimeSpan.FromMinutes(3), $"the intercom chat's call log Task for {key}");
            Assert.Equal("Internal", tasks![0].GetProperty("CallType").GetString());
            Assert.Contains("Got a minute?", tasks[0].GetProperty("Description").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_user_who_is_not_logged_in_is_refused_with_409_and_gets_a_chat_mail_and_bad_requests_are_refused_clearly()
    {
        var agentId = stack.TakeAgent();
        var awayId = stack.TakeAgent();
        await using var desk = await CallDesk.OpenAsync(stack, agentId);

        (await desk.PostAsync("/api/me/intercom-chats", new { userId = awayId })).ShouldFail(HttpStatusCode.Conflict, "chat.targetNotLoggedIn");
        (await desk.PostAsync("/api/me/intercom-chats", new { userId = agentId })).ShouldFail(HttpStatusCode.BadRequest, "chat.self");
        (await desk.PostAsync("/api/me/intercom-chats", new { userId = "no-such-user" })).ShouldFail(HttpStatusCode.NotFound, "chat.userNotFound");
        (await desk.PostAsync("/api/me/intercom-chats", new { userId = "" })).ShouldFail(HttpStatusCode.BadRequest, "chat.invalidUser");

        (await desk.PostAsync("/api/me/chat-mail", new { userId = awayId, text = "Please call me back about the Acme order." })).ShouldBe(HttpStatusCode.Accepted);
        (await desk.PostAsync("/api/me/chat-mail", new { userId = awayId, text = "  " })).ShouldFail(HttpStatusCode.BadRequest, "chat.emptyText");
        (await desk.PostAsync("/api/me/chat-mail", new { userId = awayId, text = "nul\u0000" })).ShouldFail(HttpStatusCode.BadRequest, "input.controlCharacters");
        (await desk.PostAsync("/api/me/chat-mail", new { userId = awayId, text = new string('a', 2001) })).ShouldFail(HttpStatusCode.BadRequest, "chat.textTooLong");
        (await desk.PostAsync("/api/me/chat-mail", new { userId = "no-such-user", text = "Hi" })).ShouldFail(HttpStatusCode.NotFound, "chat.userNotFound");

        var mail = await stack.Control.GetAsync($"/control/users/{awayId}/chat-mail");
        var only = Assert.Single(mail.EnumerateArray());
        Assert.Equal((agentId, "Please call me back about the Acme order."), (only.GetProperty("from").GetString(), only.GetProperty("text").GetString()));
        Assert.DoesNotContain(await desk.InteractionsAsync(), IsChat);
    }

    private static bool IsChat(JsonElement interaction) => interaction.GetProperty("objectType").GetString() == "Chat";

    private static async Task<List<JsonElement>> TranscriptAsync(CallDesk desk, string key, Func<List<JsonElement>, bool> condition, string because) =>
        await Eventually.MatchesAsync(
            async () => (await desk.Api.GetAsync($"/api/me/interactions/{key}/chat")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("transcript")
                .EnumerateArray().ToList(),
            condition, TimeSpan.FromMinutes(2), because);

    private static string Text(JsonElement entry) => entry.GetProperty("text").GetString()!;

    private static string Party(JsonElement entry) => entry.GetProperty("party").GetString()!;
}
