using System.Net;
using System.Text.Json;
using PureConnect.IntegrationTests.Calls;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.Calls.CallDesk;

namespace PureConnect.IntegrationTests.Responses;

/// <summary>Spec: "Response Management" and "Use Response Management in a chat", through the whole stack: the libraries the CIC
/// simulator hands out, the personal library kept per user in CIC, search, and a response inserted into a web chat by its
/// shortcut with its macros expanded, as the visitor reads it.</summary>
[Collection(StackCollection.Name)]
public sealed class ResponsesApiTests(StackFixture stack)
{
    [Fact]
    public async Task Personal_responses_are_created_organised_edited_found_and_deleted_and_bad_input_is_refused()
    {
        var agentId = stack.TakeAgent();
        await using var desk = await CallDesk.OpenAsync(stack, agentId);

        var tree = (await desk.Api.GetAsync("/api/me/responses")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("libraries");
        Assert.True(tree[0].GetProperty("personal").GetBoolean());
        Assert.Contains(tree.EnumerateArray(), l => l.GetProperty("name").GetString() == "General");
        Assert.DoesNotContain(tree.EnumerateArray(), l => l.GetProperty("name").GetString() is "Sales" or "Support");

        var folder = (await desk.PostAsync("/api/me/responses/personal/categories", new { name = "Orders" })).ShouldBe(HttpStatusCode.Created).Json.GetProperty("id").GetString();
        var item = (await desk.PostAsync("/api/me/responses/personal/items", new
        {
            name = "Order status",
            kind = "Text",
            shortcut = "ord",
            labels = new[] { "order", "tracking" },
            value = "<p>Your order ships <b>tomorrow</b>, [Attribute:Eic_RemoteName].</p>",
            categoryId = folder,
        })).ShouldBe(HttpStatusCode.Created).Json.GetProperty("id").GetString();

        var hits = (await desk.Api.GetAsync("/api/me/responses/search?q=tracking")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("hits");
        var hit = Assert.Single(hits.EnumerateArray());
        Assert.Equal(item, hit.GetProperty("item").GetProperty("id").GetString());
        Assert.Equal("Your order ships tomorrow, [Attribute:Eic_RemoteName].", hit.GetProperty("item").GetProperty("preview").GetString());
        Assert.Equal("Orders", hit.GetProperty("path")[1].GetString());

        (await desk.Api.PutAsync($"/api/me/responses/personal/items/{item}", new { name = "Order shipped", kind = "Text", shortcut = "ord", value = "Shipped today." })).ShouldBe(HttpStatusCode.OK);
        (await desk.PostAsync($"/api/me/responses/personal/{item}/move", new { categoryId = (string?)null })).ShouldBe(HttpStatusCode.OK);
        (await desk.PostAsync($"/api/me/responses/personal/{folder}/move", new { categoryId = folder })).ShouldFail(HttpStatusCode.Conflict, "responses.badMove");
        (await desk.Api.PutAsync($"/api/me/responses/personal/categories/{folder}", new { name = "Old orders" })).ShouldBe(HttpStatusCode.OK);
        var personal = (await desk.Api.GetAsync("/api/me/responses")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("libraries")[0];
        Assert.Equal("Shipped today.", personal.GetProperty("items")[0].GetProperty("value").GetString());
        Assert.Equal("Old orders", personal.GetProperty("categories")[0].GetProperty("name").GetString());
        Assert.Empty(personal.GetProperty("categories")[0].GetProperty("items").EnumerateArray());

        (await desk.PostAsync("/api/me/responses/personal/items", new { name = "", value = "x" })).ShouldFail(HttpStatusCode.BadRequest, "responses.invalid");
        (await desk.PostAsync("/api/me/responses/personal/items", new { name = new string('n', 101), value = "x" })).ShouldFail(HttpStatusCode.BadRequest, "responses.invalid");
        (await desk.PostAsync("/api/me/responses/personal/items", new { name = "Bell", value = "ding\u0007" })).ShouldFail(HttpStatusCode.BadRequest, "input.controlCharacters");
        (await desk.PostAsync("/api/me/responses/personal/items", new { name = "Bad", shortcut = "hi!", value = "x" })).ShouldFail(HttpStatusCode.BadRequest, "responses.invalid");
        (await desk.PostAsync("/api/me/responses/personal/items", new { name = "Bad", kind = "Video", value = "x" })).ShouldFail(HttpStatusCode.BadRequest, "responses.invalid");
        (await desk.PostAsync("/api/me/responses/personal/items", new { name = "Lost", value = "x", categoryId = "nope" })).ShouldFail(HttpStatusCode.NotFound, "responses.notFound");
        (await desk.Api.PutAsync("/api/me/responses/personal/items/nope", new { name = "x", value = "x" })).ShouldFail(HttpStatusCode.NotFound, "responses.notFound");
        (await desk.Api.GetAsync("/api/me/responses/search?q=")).ShouldFail(HttpStatusCode.BadRequest, "responses.invalid");

        (await desk.Api.DeleteAsync($"/api/me/responses/personal/{folder}")).ShouldBe(HttpStatusCode.OK);
        (await desk.Api.DeleteAsync($"/api/me/responses/personal/{item}")).ShouldBe(HttpStatusCode.OK);
        (await desk.Api.DeleteAsync($"/api/me/responses/personal/{item}")).ShouldFail(HttpStatusCode.NotFound, "responses.notFound");
        Assert.Empty((await desk.Api.GetAsync("/api/me/responses/search?q=shipped")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task Each_version_of_a_library_is_downloaded_once_for_all_agents_and_look_ups_share_a_read()
    {
        await using var first = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        await using var second = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var before = await DownloadsAsync();

        var libraries = (await first.Api.GetAsync("/api/me/responses")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("libraries").GetArrayLength();
        var afterFirst = await DownloadsAsync();
        Assert.InRange(afterFirst - before, 1, libraries); // its personal library at least; the system-wide ones unless another agent read them

        // The Insert a Response dialog searches at every keystroke: one read of CIC serves them.
        foreach (var q in new[] { "g", "gr", "gre", "gree", "greet" })
        {
            (await first.Api.GetAsync($"/api/me/responses/search?q={q}")).ShouldBe(HttpStatusCode.OK);
        }

        Assert.Equal(afterFirst, await DownloadsAsync());

        // Another agent downloads its own personal library only: the system-wide versions are the first agent's.
        (await second.Api.GetAsync("/api/me/responses")).ShouldBe(HttpStatusCode.OK);
        var afterSecond = await DownloadsAsync();
        Assert.Equal(1, afterSecond - afterFirst);

        // A saved personal library is a new version: read again, and the agent sees the change at once.
        (await first.PostAsync("/api/me/responses/personal/items", new { name = "Cached?", value = "Never stale." })).ShouldBe(HttpStatusCode.Created);
        var personal = (await first.Api.GetAsync("/api/me/responses")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("libraries")[0];
        Assert.Contains(personal.GetProperty("items").EnumerateArray(), i => i.GetProperty("value").GetString() == "Never stale.");
        Assert.InRange(await DownloadsAsync() - afterSecond, 1, 2);
    }

    private async Task<long> DownloadsAsync() =>
        (await stack.Control.GetAsync("/control/response-management/downloads")).GetProperty("downloads").GetInt64();

    [Fact]
    public async Task A_response_inserted_by_its_shortcut_greets_the_web_visitor_by_name_and_the_visitor_reads_it()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"ItResp{Guid.NewGuid():N}"[..18];
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } });
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        var id = await stack.Control.StartChatAsync(workgroup, "Vera Visitor", "vera@example.com", "Hello, is anyone there?");
        var key = Key(await desk.WaitForAsync(id, i => Status(i) == "Alerting" && i.GetProperty("objectType").GetString() == "Chat", "the chat alerting"));
        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Connected", "the chat picked up");

        var expanded = (await desk.PostAsync("/api/me/responses/expand", new { interactionKey = key, shortcut = "hi" })).ShouldBe(HttpStatusCode.OK).Json;
        var text = expanded.GetProperty("text").GetString()!;
        Assert.Equal($"Hello, Vera Visitor. My name is {agentId}. How can I help you?", text);
        Assert.True(!expanded.TryGetProperty("html", out var html) || html.ValueKind == JsonValueKind.Null, "a chat takes plain text only");
        (await desk.PostAsync($"/api/me/interactions/{key}/chat/messages", new { text })).ShouldBe(HttpStatusCode.Accepted);

        var transcript = await Eventually.MatchesAsync(
            () => stack.Control.GetAsync($"/control/chats/{id}/transcript"),
            t => t.EnumerateArray().Any(line => line.GetProperty("text").GetString() == text),
            TimeSpan.FromMinutes(2), "the visitor's transcript with the inserted response");
        Assert.DoesNotContain(transcript.EnumerateArray(), line => (line.GetProperty("text").GetString() ?? "").Contains('[', StringComparison.Ordinal));

        var nested = (await desk.PostAsync("/api/me/responses/expand", new { interactionKey = key, shortcut = "glad" })).ShouldBe(HttpStatusCode.OK);
        Assert.Equal($"Glad to help. Again, my name is {agentId}. Thanks for chatting!", nested.Json.GetProperty("text").GetString());
        (await desk.PostAsync("/api/me/responses/personal/items", new { name = "Nick", shortcut = "nick", value = "Hi [Nickname]" })).ShouldBe(HttpStatusCode.Created);
        (await desk.PostAsync("/api/me/responses/expand", new { interactionKey = key, shortcut = "nick" })).ShouldFail(HttpStatusCode.BadRequest, "response.unknownMacro");
        (await desk.PostAsync("/api/me/responses/expand", new { interactionKey = key, shortcut = "nosuch" })).ShouldFail(HttpStatusCode.NotFound, "responses.notFound");
        (await desk.PostAsync("/api/me/responses/expand", new { interactionKey = key })).ShouldFail(HttpStatusCode.BadRequest, "responses.invalid");
        (await desk.PostAsync("/api/me/responses/expand", new { interactionKey = "100000999920260101", shortcut = "hi" })).ShouldFail(HttpStatusCode.NotFound, "interaction.notFound");
    }
}
