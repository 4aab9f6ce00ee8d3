using System.Net;
using System.Text.Json;
using PureConnect.IntegrationTests.Calls;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.Calls.CallDesk;

namespace PureConnect.IntegrationTests.Responses;

/// <summary>Spec, "Use Response Management in a chat": "You can send a file to a visitor who starts a chat session from your company's
/// website (web chat). This function is not available when you are chatting with other CIC users (intercom chat). However, you can send
/// text containing the file path to other CIC users." Through the whole stack: the File response goes to the web visitor as a file (CIC's
/// send-response-management-file) and shows as a file entry of the transcript; in an intercom chat its path is inserted as text.</summary>
[Collection(StackCollection.Name)]
public sealed class FileResponseTests(StackFixture stack)
{
    private const string Path = @"\\files\sales\brochure.pdf";

    [Fact]
    public async Task A_file_response_in_a_web_chat_is_sent_to_the_visitor_as_a_file_and_shows_as_a_file_entry()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"ItFileResp{Guid.NewGuid():N}"[..18];
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } });
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        var file = await CreateAsync(desk, new { name = "Brochure", kind = "File", shortcut = "broch", value = Path });
        var text = await CreateAsync(desk, new { name = "Thanks", kind = "Text", shortcut = "thx", value = "Thanks!" });
        var id = await stack.Control.StartChatAsync(workgroup, "Vera Visitor", "vera@example.com", "Do you have a brochure?");
        var key = Key(await desk.WaitForAsync(id, i => Status(i) == "Alerting", "the chat alerting"));
        (await desk.PostAsync($"/api/me/interactions/{key}/chat/response-files", new { responseId = file })).ShouldFail(HttpStatusCode.Conflict, "chat.notPickedUp");
        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Connected", "the chat picked up");

        var expanded = (await desk.PostAsync("/api/me/responses/expand", new { interactionKey = key, shortcut = "broch" })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal((true, "", file), (expanded.GetProperty("sendAsFile").GetBoolean(), expanded.GetProperty("text").GetString(), expanded.GetProperty("responseId").GetString()));
        (await desk.PostAsync($"/api/me/interactions/{key}/chat/response-files", new { responseId = file })).ShouldBe(HttpStatusCode.Accepted);

        var atCic = await Eventually.MatchesAsync(() => stack.Control.GetAsync($"/control/chats/{id}/transcript"),
            t => t.EnumerateArray().Any(line => line.GetProperty("messageType").GetInt32() == 1), TimeSpan.FromMinutes(2), "the file in the visitor's transcript");
        Assert.Equal("brochure.pdf", atCic.EnumerateArray().Single(line => line.GetProperty("messageType").GetInt32() == 1).GetProperty("text").GetString());
        var seen = await Eventually.MatchesAsync(
            async () => (await desk.Api.GetAsync($"/api/me/interactions/{key}/chat")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("transcript").EnumerateArray().ToList(),
            t => t.Any(e => e.GetProperty("isFile").GetBoolean()), TimeSpan.FromMinutes(2), "the file entry in the agent's transcript");
        var entry = seen.Single(e => e.GetProperty("isFile").GetBoolean());
        Assert.Equal(("brochure.pdf", "Agent"), (entry.GetProperty("text").GetString(), entry.GetProperty("party").GetString()));
        Assert.All(seen.Where(e => !e.GetProperty("isFile").GetBoolean()), e => Assert.NotEqual("brochure.pdf", e.GetProperty("text").GetString()));

        (await desk.PostAsync($"/api/me/interactions/{key}/chat/response-files", new { responseId = text })).ShouldFail(HttpStatusCode.Conflict, "responses.notAFile");
        (await desk.PostAsync($"/api/me/interactions/{key}/chat/response-files", new { responseId = "no-such-response" })).ShouldFail(HttpStatusCode.NotFound, "responses.notFound");
        (await desk.PostAsync($"/api/me/interactions/{key}/chat/response-files", new { responseId = "" })).ShouldFail(HttpStatusCode.BadRequest, "responses.invalid");
        (await desk.PostAsync("/api/me/interactions/100000999920260101/chat/response-files", new { responseId = file })).ShouldFail(HttpStatusCode.NotFound, "interaction.notFound");
    }

    [Fact]
    public async Task In_an_intercom_chat_a_file_response_inserts_its_path_as_text_and_is_never_sent_as_a_file()
    {
        var starterId = stack.TakeAgent();
        var targetId = stack.TakeAgent();
        await using var starter = await CallDesk.OpenAsync(stack, starterId);
        await using var target = await CallDesk.OpenAsync(stack, targetId);
        var file = await CreateAsync(starter, new { name = "Brochure", kind = "File", shortcut = "broch", value = Path });
        var started = (await starter.PostAsync("/api/me/intercom-chats", new { userId = targetId })).ShouldBe(HttpStatusCode.Accepted).Json;
        var (startedId, key) = (started.GetProperty("interactionId").GetString()!, started.GetProperty("key").GetString()!);
        await starter.WaitForAsync(startedId, i => Status(i) == "Connected", "the starter's side of the chat, connected");

        var expanded = (await starter.PostAsync("/api/me/responses/expand", new { interactionKey = key, shortcut = "broch" })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal((false, Path), (expanded.GetProperty("sendAsFile").GetBoolean(), expanded.GetProperty("text").GetString()));
        (await starter.PostAsync($"/api/me/interactions/{key}/chat/response-files", new { responseId = file })).ShouldFail(HttpStatusCode.Conflict, "chat.fileNotAllowed");
        (await starter.PostAsync($"/api/me/interactions/{key}/chat/messages", new { text = expanded.GetProperty("text").GetString() })).ShouldBe(HttpStatusCode.Accepted);

        var offered = await target.WaitForAnyAsync(i => i.GetProperty("objectType").GetString() == "Chat" && i.GetProperty("remoteAddress").GetString() == starterId,
            "the intercom chat at the other agent");
        (await target.PostAsync($"/api/me/interactions/{Key(offered)}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        var heard = await Eventually.MatchesAsync(
            async () => (await target.Api.GetAsync($"/api/me/interactions/{Key(offered)}/chat")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("transcript").EnumerateArray().ToList(),
            t => t.Any(e => e.GetProperty("text").GetString() == Path), TimeSpan.FromMinutes(2), "the path at the other agent");
        Assert.DoesNotContain(heard, e => e.GetProperty("isFile").GetBoolean());
    }

    private static async Task<string> CreateAsync(CallDesk desk, object response) =>
        (await desk.PostAsync("/api/me/responses/personal/items", response)).ShouldBe(HttpStatusCode.Created).Json.GetProperty("id").GetString()!;
}
