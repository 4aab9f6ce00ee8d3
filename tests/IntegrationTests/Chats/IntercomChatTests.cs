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
    public async Task An_intercom_chat_transferred_blind_reaches_the_colleague_with_its_transcript_and_the_chat_goes_on_there()
    {
        var starterId = stack.TakeAgent();
        var targetId = stack.TakeAgent();
        var colleagueId = stack.TakeAgent();
        await using var starter = await CallDesk.OpenAsync(stack, starterId);
        await using var target = await CallDesk.OpenAsync(stack, targetId);
        await using var colleague = await CallDesk.OpenAsync(stack, colleagueId);

        var started = (await starter.PostAsync("/api/me/intercom-chats", new { userId = targetId })).ShouldBe(HttpStatusCode.Accepted).Json;
        var (startedId, startedKey) = (started.GetProperty("interactionId").GetString()!, started.GetProperty("key").GetString()!);
        await starter.WaitForAsync(startedId, i => Status(i) == "Connected", "the starter's side of the chat, connected");
        var offered = await target.WaitForAnyAsync(i => IsChat(i) && Status(i) == "Alerting" && i.GetProperty("remoteAddress").GetString() == starterId,
            "the intercom chat alerting the other agent");
        var (legId, legKey) = (Id(offered), Key(offered));
        (await target.PostAsync($"/api/me/interactions/{legKey}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await target.WaitForAsync(legId, i => Status(i) == "Connected", "the other agent picked the chat up");
        (await starter.PostAsync($"/api/me/interactions/{startedKey}/chat/messages", new { text = "Who knows the <b>Acme</b> contract?" })).ShouldBe(HttpStatusCode.Accepted);
        (await target.PostAsync($"/api/me/interactions/{legKey}/chat/messages", new { text = "Passing you to a colleague." })).ShouldBe(HttpStatusCode.Accepted);
        await TranscriptAsync(target, legKey, t => t.Any(e => Text(e) == "Passing you to a colleague.") && t.Any(e => Text(e) == "Who knows the <b>Acme</b> contract?"),
            "both texts at the other agent");

        (await target.PostAsync($"/api/me/interactions/{legKey}/transfer", new { mode = "blind", kind = "User", target = colleagueId })).ShouldBe(HttpStatusCode.Accepted);
        var atColleague = await colleague.WaitForAsync(legId, i => Status(i) == "Alerting", "the transferred chat alerting the colleague");
        Assert.True(IsChat(atColleague) && atColleague.GetProperty("internal").GetBoolean(), atColleague.ToString());
        await target.WaitUntilGoneAsync(legId, "the transferred chat to leave the agent who transferred it");
        (await colleague.PostAsync($"/api/me/interactions/{Key(atColleague)}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await colleague.WaitForAsync(legId, i => Status(i) == "Connected", "the colleague picked the chat up");

        var seen = await TranscriptAsync(colleague, Key(atColleague),
            t => t.Any(e => Text(e) == "Who knows the <b>Acme</b> contract?") && t.Any(e => Text(e) == "Passing you to a colleague."),
            "the transcript so far at the colleague");
        Assert.True(seen.FindIndex(e => Text(e) == "Who knows the <b>Acme</b> contract?") < seen.FindIndex(e => Text(e) == "Passing you to a colleague."), "oldest first");
        (await colleague.PostAsync($"/api/me/interactions/{Key(atColleague)}/chat/messages", new { text = "I do. Go ahead." })).ShouldBe(HttpStatusCode.Accepted);
        var atStarter = await TranscriptAsync(starter, startedKey, t => t.Any(e => Text(e) == "I do. Go ahead."), "the colleague's text at the starter");
        Assert.Equal("OtherUser", Party(atStarter.Single(e => Text(e) == "I do. Go ahead.")));

        (await colleague.PostAsync($"/api/me/interactions/{Key(atColleague)}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
        await colleague.WaitForAsync(legId, i => Status(i) == "Disconnected", "the chat ended for the colleague");
        await starter.WaitForAsync(startedId, i => Status(i) == "Disconnected", "the chat ended for the starter");

        using var salesforce = new HttpClient { BaseAddress = stack.SalesforceUri };
        var tasks = await Eventually.MatchesAsync(
            () => salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(Key(atColleague))}")!,
            found => found!.Count >= 1 && found[0].GetProperty("Status").GetString() == "Completed"
                && (found[0].GetProperty("Description").GetString() ?? "").Contains("I do. Go ahead.", StringComparison.Ordinal),
            TimeSpan.FromMinutes(3), "the transferred leg's call log Task");
        Assert.Single(tasks!);
        Assert.Equal("Internal", tasks![0].GetProperty("CallType").GetString());
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
