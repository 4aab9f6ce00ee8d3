using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Http;

public sealed class ChatHttpTests(SimulatorHost host) : IClassFixture<SimulatorHost>
{
    private const string MembersType = "urn:inin.com:interactions.chat:chatMembersMessage";
    private const string ContentsType = "urn:inin.com:interactions.chat:chatContentsMessage";

    [Fact]
    public async Task A_visitors_chat_is_routed_to_an_agent_who_joins_it_and_both_sides_talk_over_the_chat_subscription()
    {
        var (session, workgroup, userId) = await AgentOnStationAsync();
        var chatId = await StartChatAsync(workgroup, "Hello, my order is late");
        Assert.Equal(("Chat", "A", "Vera Visitor", "vera@example.com", "Hello, my order is late"),
            await AttributesAsync(session, chatId));

        await session.SendOkAsync(HttpMethod.Post, $"interactions/{chatId}/pickup");
        using var subscribed = await session.SendAsync(HttpMethod.Put, $"messaging/subscriptions/interactions/{chatId}/chat");
        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        var first = await ChatMessagesAsync(session);

        var members = first.Single(m => m.GetProperty("__type").GetString() == MembersType);
        Assert.False(members.GetProperty("isDelta").GetBoolean());
        Assert.Equal([(4, "Vera Visitor"), (2, userId)],
            members.GetProperty("membersAdded").EnumerateArray().Select(m => (m.GetProperty("chatMemberType").GetInt32(), m.GetProperty(m.GetProperty("chatMemberType").GetInt32() == 4 ? "displayName" : "userId").GetString()!)));
        var transcript = first.Single(m => m.GetProperty("__type").GetString() == ContentsType).GetProperty("messagesAdded").EnumerateArray().ToList();
        Assert.Equal("Hello, my order is late", transcript[0].GetProperty("text").GetString());
        Assert.Equal(4, transcript[0].GetProperty("chatMember").GetProperty("chatMemberType").GetInt32());

        (await host.Http.PostAsJsonAsync($"/control/chats/{chatId}/typing", new { typing = true })).EnsureSuccessStatusCode();
        (await host.Http.PostAsJsonAsync($"/control/chats/{chatId}/messages", new { text = "Order 1234" })).EnsureSuccessStatusCode();
        using var sent = await session.SendAsync(HttpMethod.Post, $"interactions/{chatId}/chat/messages", new { text = "Let me check.", clearTypingIndicator = true });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var later = await ChatMessagesAsync(session);

        var typing = later.First(m => m.GetProperty("__type").GetString() == MembersType).GetProperty("membersChanged")[0];
        Assert.True(typing.GetProperty("isTyping").GetBoolean());
        Assert.Equal("urn:inin.com:interactions.chat:fullChatMember", typing.GetProperty("__type").GetString());
        var texts = later.Where(m => m.GetProperty("__type").GetString() == ContentsType)
            .SelectMany(m => m.GetProperty("messagesAdded").EnumerateArray())
            .Select(t => (t.GetProperty("chatMember").GetProperty("chatMemberType").GetInt32(), t.GetProperty("text").GetString()))
            .ToList();
        Assert.Equal([(4, "Order 1234"), (2, "Let me check.")], texts);
        var lines = await host.Http.GetFromJsonAsync<JsonElement>($"/control/chats/{chatId}/transcript");
        Assert.Equal(["Hello, my order is late", "Order 1234", "Let me check."],
            lines.EnumerateArray().Where(l => l.GetProperty("chatMember").GetProperty("chatMemberType").GetInt32() != 1).Select(l => l.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task When_the_visitor_leaves_the_chat_ends_remotely_and_the_visitor_is_removed()
    {
        var (session, workgroup, _) = await AgentOnStationAsync();
        var chatId = await StartChatAsync(workgroup, "Hi");
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{chatId}/pickup");
        await session.SendOkAsync(HttpMethod.Put, $"messaging/subscriptions/interactions/{chatId}/chat");
        await ChatMessagesAsync(session);

        (await host.Http.PostAsync($"/control/chats/{chatId}/leave", null)).EnsureSuccessStatusCode();

        var removed = (await ChatMessagesAsync(session)).Single(m => m.GetProperty("__type").GetString() == MembersType);
        Assert.Equal("Vera Visitor", removed.GetProperty("membersRemoved")[0].GetProperty("displayName").GetString());
        using var state = await session.SendAsync(HttpMethod.Get, $"interactions/{chatId}?select=Eic_State");
        Assert.Equal("E", (await state.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attributes").GetProperty("Eic_State").GetString());
        using var late = await host.Http.PostAsJsonAsync($"/control/chats/{chatId}/messages", new { text = "still there?" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task Texts_before_pickup_empty_texts_and_chat_commands_on_calls_are_400()
    {
        var (session, workgroup, _) = await AgentOnStationAsync();
        var chatId = await StartChatAsync(workgroup, "Hi");

        using var beforePickup = await session.SendAsync(HttpMethod.Post, $"interactions/{chatId}/chat/messages", new { text = "Hello", clearTypingIndicator = false });
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{chatId}/pickup");
        using var empty = await session.SendAsync(HttpMethod.Post, $"interactions/{chatId}/chat/messages", new { text = " ", clearTypingIndicator = false });
        using var noOn = await session.SendAsync(HttpMethod.Put, $"interactions/{chatId}/chat/typing-indicator", new { });
        using var emptyVisitorChat = await host.Http.PostAsJsonAsync("/control/chats", new { workgroup, name = "" });

        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest],
            new[] { beforePickup.StatusCode, empty.StatusCode, noOn.StatusCode, emptyVisitorChat.StatusCode });
        await session.SendOkAsync(HttpMethod.Put, $"interactions/{chatId}/chat/typing-indicator", new { on = true });
    }

    private async Task<string> StartChatAsync(string workgroup, string text)
    {
        using var response = await host.Http.PostAsJsonAsync("/control/chats", new { workgroup, name = "Vera Visitor", email = "vera@example.com", text });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString()!;
    }

    private async Task<(IcwsSession Session, string Workgroup, string UserId)> AgentOnStationAsync()
    {
        var (userId, station, workgroup) = await IcwsSession.CreateAgentAsync(host.Http);
        var session = await IcwsSession.LogInAsync(host.Http, userId, "pw");
        await session.SendOkAsync(HttpMethod.Put, "connection/station",
            new { __type = "urn:inin.com:connection:workstationSettings", workstation = station });
        return (session, workgroup, userId);
    }

    private static async Task<List<JsonElement>> ChatMessagesAsync(IcwsSession session)
    {
        using var poll = await session.SendAsync(HttpMethod.Get, "messaging/messages", csrf: false);
        return (await poll.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Where(m => m.GetProperty("__type").GetString() is MembersType or ContentsType).ToList();
    }

    private static async Task<(string, string, string, string, string)> AttributesAsync(IcwsSession session, string chatId)
    {
        using var response = await session.SendAsync(HttpMethod.Get,
            $"interactions/{chatId}?select=Eic_ObjectType,Eic_State,Eic_RemoteName,Eic_RemoteAddress,Eic_WSLastExternalUserText");
        var a = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attributes");
        return (a.GetProperty("Eic_ObjectType").GetString()!, a.GetProperty("Eic_State").GetString()!, a.GetProperty("Eic_RemoteName").GetString()!,
            a.GetProperty("Eic_RemoteAddress").GetString()!, a.GetProperty("Eic_WSLastExternalUserText").GetString()!);
    }
}
