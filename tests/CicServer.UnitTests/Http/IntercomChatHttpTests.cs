using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Http;

public sealed class IntercomChatHttpTests(SimulatorHost host) : IClassFixture<SimulatorHost>
{
    private const string CreateChatType = "urn:inin.com:interactions.chat:createChatParameters";
    private const string MembersType = "urn:inin.com:interactions.chat:chatMembersMessage";
    private const string ContentsType = "urn:inin.com:interactions.chat:chatContentsMessage";

    [Fact]
    public async Task A_user_starts_an_intercom_chat_the_target_picks_it_up_and_both_talk_until_the_starter_leaves()
    {
        var (alice, aliceId) = await UserAsync();
        var (bob, bobId) = await UserAsync();
        await WatchOwnQueueAsync(bob, bobId);
        await ChatMessagesAsync(bob);

        using var created = await alice.SendAsync(HttpMethod.Post, "interactions", new { __type = CreateChatType, target = bobId });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var aliceLeg = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString()!;
        Assert.Equal(("Chat", "C", "I", "O", bobId), await AttributesAsync(alice, aliceLeg));

        var added = await QueueAddedAsync(bob);
        var bobLeg = added.GetProperty("interactionId").GetString()!;
        Assert.NotEqual(aliceLeg, bobLeg);
        Assert.Equal(("Chat", "A", "I", "I", aliceId), await AttributesAsync(bob, bobLeg));

        await alice.SendOkAsync(HttpMethod.Put, $"messaging/subscriptions/interactions/{aliceLeg}/chat");
        await alice.SendOkAsync(HttpMethod.Post, $"interactions/{aliceLeg}/chat/messages", new { text = "Got a minute?", clearTypingIndicator = true });
        var aliceFirst = await ChatMessagesAsync(alice);
        Assert.Equal([(2, aliceId)], Members(aliceFirst, "membersAdded"));

        await bob.SendOkAsync(HttpMethod.Post, $"interactions/{bobLeg}/pickup");
        await bob.SendOkAsync(HttpMethod.Put, $"messaging/subscriptions/interactions/{bobLeg}/chat");
        var bobFirst = await ChatMessagesAsync(bob);
        Assert.Equal([(3, aliceId), (2, bobId)], Members(bobFirst, "membersAdded"));
        Assert.Equal([(3, "Got a minute?")], Texts(bobFirst));
        Assert.Contains((3, bobId), Members(await ChatMessagesAsync(alice), "membersAdded"));

        await bob.SendOkAsync(HttpMethod.Put, $"interactions/{bobLeg}/chat/typing-indicator", new { on = true });
        await bob.SendOkAsync(HttpMethod.Post, $"interactions/{bobLeg}/chat/messages", new { text = "Sure", clearTypingIndicator = true });
        var aliceSees = await ChatMessagesAsync(alice);
        Assert.Equal([(3, "Sure")], Texts(aliceSees));
        Assert.Contains(aliceSees.Where(m => Type(m) == MembersType).SelectMany(m => m.GetProperty("membersChanged").EnumerateArray()),
            m => m.GetProperty("userId").GetString() == bobId && m.GetProperty("isTyping").GetBoolean());
        Assert.Equal([(2, "Sure")], Texts(await ChatMessagesAsync(bob)));

        await alice.SendOkAsync(HttpMethod.Post, $"interactions/{aliceLeg}/disconnect");

        Assert.Equal("I", await StateAsync(alice, aliceLeg));
        Assert.Equal("E", await StateAsync(bob, bobLeg));
        var removed = (await ChatMessagesAsync(bob)).Where(m => Type(m) == MembersType).SelectMany(m => m.GetProperty("membersRemoved").EnumerateArray());
        Assert.Contains(removed, m => m.GetProperty("userId").GetString() == aliceId);
        using var late = await bob.SendAsync(HttpMethod.Post, $"interactions/{bobLeg}/chat/messages", new { text = "Hello?", clearTypingIndicator = false });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
    }

    [Fact]
    public async Task A_target_who_is_not_logged_in_is_refused_with_an_error_the_client_can_recognise_and_gets_chat_mail_instead()
    {
        var (alice, aliceId) = await UserAsync();
        var away = SimulatorHost.Unique("away");
        (await host.Http.PostAsJsonAsync("/control/users", new { userId = away, password = "pw", displayName = "Away User" })).EnsureSuccessStatusCode();

        using var refused = await alice.SendAsync(HttpMethod.Post, "interactions", new { __type = CreateChatType, target = away });
        Assert.Equal((400, "error.request.interactions.chat.userNotLoggedIn"), await ErrorAsync(refused));

        using var mailed = await alice.SendAsync(HttpMethod.Post, "chat-mail", new { target = away, text = "Call me back when you are in." });
        Assert.Equal(HttpStatusCode.NoContent, mailed.StatusCode);
        using var empty = await alice.SendAsync(HttpMethod.Post, "chat-mail", new { target = away, text = " " });
        using var tooLong = await alice.SendAsync(HttpMethod.Post, "chat-mail", new { target = away, text = new string('x', 4001) });
        using var nobody = await alice.SendAsync(HttpMethod.Post, "chat-mail", new { target = "no-such-user", text = "Hi" });
        Assert.Equal([400, 400, 400], new[] { (int)empty.StatusCode, (int)tooLong.StatusCode, (int)nobody.StatusCode });

        var mail = await host.Http.GetFromJsonAsync<JsonElement>($"/control/users/{away}/chat-mail");
        var only = Assert.Single(mail.EnumerateArray());
        Assert.Equal((aliceId, away, "Call me back when you are in."),
            (only.GetProperty("from").GetString(), only.GetProperty("to").GetString(), only.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task The_intercom_chat_right_is_checked_for_both_users_and_self_unknown_or_missing_targets_are_400()
    {
        var (alice, aliceId) = await UserAsync();
        var (muted, mutedId) = await UserAsync(intercomChat: false);

        using var toUserWithoutRight = await alice.SendAsync(HttpMethod.Post, "interactions", new { __type = CreateChatType, target = mutedId });
        using var fromUserWithoutRight = await muted.SendAsync(HttpMethod.Post, "interactions", new { __type = CreateChatType, target = aliceId });
        using var self = await alice.SendAsync(HttpMethod.Post, "interactions", new { __type = CreateChatType, target = aliceId });
        using var unknown = await alice.SendAsync(HttpMethod.Post, "interactions", new { __type = CreateChatType, target = "no-such-user" });
        using var missing = await alice.SendAsync(HttpMethod.Post, "interactions", new { __type = CreateChatType });

        Assert.Equal((403, "error.request.interactions.chat.targetCannotChat"), await ErrorAsync(toUserWithoutRight));
        Assert.Equal((403, "error.request.accessDenied.intercomChat"), await ErrorAsync(fromUserWithoutRight));
        Assert.Equal((400, "error.request.interactions.invalidTarget"), await ErrorAsync(self));
        Assert.Equal((400, "error.request.interactions.invalidTarget"), await ErrorAsync(unknown));
        Assert.Equal((400, "error.request.invalidRepresentation"), await ErrorAsync(missing));
        using var control = await host.Http.PostAsync($"/control/chats/{await AnyIntercomLegAsync(alice)}/leave", null);
        Assert.Equal(HttpStatusCode.BadRequest, control.StatusCode);
    }

    private async Task<string> AnyIntercomLegAsync(IcwsSession alice)
    {
        var (_, otherId) = await UserAsync();
        using var created = await alice.SendAsync(HttpMethod.Post, "interactions", new { __type = CreateChatType, target = otherId });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString()!;
    }

    private async Task<(IcwsSession Session, string UserId)> UserAsync(bool intercomChat = true)
    {
        var userId = SimulatorHost.Unique("user");
        (await host.Http.PostAsJsonAsync("/control/users", new { userId, password = "pw", displayName = "User " + userId, hasIntercomChatRight = intercomChat }))
            .EnsureSuccessStatusCode();
        return (await IcwsSession.LogInAsync(host.Http, userId, "pw"), userId);
    }

    private static async Task WatchOwnQueueAsync(IcwsSession session, string userId) =>
        await session.SendOkAsync(HttpMethod.Put, "messaging/subscriptions/queues/mine", new
        {
            queueIds = new[] { new { queueType = 1, queueName = userId } },
            attributeNames = new[] { "Eic_State", "Eic_ObjectType" },
        });

    private static async Task<JsonElement> QueueAddedAsync(IcwsSession session)
    {
        using var poll = await session.SendAsync(HttpMethod.Get, "messaging/messages", csrf: false);
        return (await poll.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Where(m => Type(m) == "urn:inin.com:queues:queueContentsMessage")
            .SelectMany(m => m.GetProperty("interactionsAdded").EnumerateArray())
            .Single(i => i.GetProperty("attributes").GetProperty("Eic_ObjectType").GetString() == "Chat");
    }

    private static async Task<List<JsonElement>> ChatMessagesAsync(IcwsSession session)
    {
        using var poll = await session.SendAsync(HttpMethod.Get, "messaging/messages", csrf: false);
        return (await poll.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Where(m => Type(m) is MembersType or ContentsType).ToList();
    }

    private static List<(int, string)> Members(List<JsonElement> messages, string list) =>
        [.. messages.Where(m => Type(m) == MembersType).SelectMany(m => m.GetProperty(list).EnumerateArray())
            .Select(m => (m.GetProperty("chatMemberType").GetInt32(), m.GetProperty("userId").GetString()!))];

    private static List<(int, string)> Texts(List<JsonElement> messages) =>
        [.. messages.Where(m => Type(m) == ContentsType).SelectMany(m => m.GetProperty("messagesAdded").EnumerateArray())
            .Where(t => t.GetProperty("chatMember").GetProperty("chatMemberType").GetInt32() != 1)
            .Select(t => (t.GetProperty("chatMember").GetProperty("chatMemberType").GetInt32(), t.GetProperty("text").GetString()!))];

    private static string? Type(JsonElement message) => message.GetProperty("__type").GetString();

    private static async Task<string> StateAsync(IcwsSession session, string id)
    {
        using var response = await session.SendAsync(HttpMethod.Get, $"interactions/{id}?select=Eic_State");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attributes").GetProperty("Eic_State").GetString()!;
    }

    private static async Task<(string, string, string, string, string)> AttributesAsync(IcwsSession session, string id)
    {
        using var response = await session.SendAsync(HttpMethod.Get,
            $"interactions/{id}?select=Eic_ObjectType,Eic_State,Eic_CallType,Eic_CallDirection,Eic_RemoteAddress");
        var a = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attributes");
        return (a.GetProperty("Eic_ObjectType").GetString()!, a.GetProperty("Eic_State").GetString()!, a.GetProperty("Eic_CallType").GetString()!,
            a.GetProperty("Eic_CallDirection").GetString()!, a.GetProperty("Eic_RemoteAddress").GetString()!);
    }

    private static async Task<(int, string)> ErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ((int)response.StatusCode, body.GetProperty("errorId").GetString()!);
    }
}
