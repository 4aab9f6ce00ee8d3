using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Chats;

namespace PureConnect.Grains.UnitTests.Interactions.Chats;

/// <summary>Chats (spec): what CIC's chat subscription reports, the transcript oldest first, the unread count, and when the agent may
/// send texts.</summary>
public sealed class ChatRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private const string Agent = "agent1";
    private static readonly ObservedChatMember Visitor = new(4, "v-1", "Vera Visitor", false);
    private static readonly ObservedChatMember Me = new(3, Agent, "Agent One", false);
    private static readonly ObservedChatMember System = new(1, "", "System", false);

    private static ChatObservation Members(IReadOnlyList<ObservedChatMember>? added = null, IReadOnlyList<ObservedChatMember>? changed = null,
        IReadOnlyList<ObservedChatMember>? removed = null, int second = 0) =>
        new(added ?? [], changed ?? [], removed ?? [], [], T0.AddSeconds(second));

    private static ChatObservation Texts(int second, params ObservedChatText[] texts) => new([], [], [], texts, T0.AddSeconds(second));

    private static ObservedChatText Said(ObservedChatMember who, string text, int second) => new(who, text, T0.AddSeconds(second));

    private static InteractionModel ChatOf(InteractionStatus status, ChatState? chat = null) => InteractionModel.Initial with
    {
        Discovered = true,
        InteractionId = "1001",
        ObjectType = "Chat",
        Status = status,
        UserId = Agent,
        Chat = chat,
    };

    private static ChatState Apply(ChatState? state, ChatObservation seen) =>
        ChatRules.Observe(state, Agent, seen).Aggregate(state ?? ChatState.Initial, ChatRules.Evolve);

    [Fact]
    public void The_first_members_message_makes_the_visitor_and_the_agent_members_and_system_members_are_not_kept()
    {
        var events = ChatRules.Observe(null, Agent, Members(added: [Visitor, Me, System]));

        Assert.Equal(
            [new ChatMemberJoined("v-1", "Vera Visitor", ChatParty.Visitor, T0), new ChatMemberJoined(Agent, "Agent One", ChatParty.Agent, T0)],
            events);
    }

    [Fact]
    public void Typing_changes_are_recorded_once_and_a_removed_member_leaves()
    {
        var state = Apply(null, Members(added: [Visitor, Me]));
        var typing = Apply(state, Members(changed: [Visitor with { IsTyping = true }], second: 1));

        Assert.True(typing.Members.Single(m => m.MemberId == "v-1").Typing);
        Assert.Empty(ChatRules.Observe(typing, Agent, Members(changed: [Visitor with { IsTyping = true }], second: 2)));
        var left = ChatRules.Observe(typing, Agent, Members(removed: [Visitor], second: 3));
        Assert.Equal([new ChatMemberLeft("v-1", T0.AddSeconds(3))], left);
        Assert.Equal([Agent], left.Aggregate(typing, ChatRules.Evolve).Members.Select(m => m.MemberId));
    }

    [Fact]
    public void Texts_form_the_transcript_oldest_first_and_a_repeated_transcript_adds_nothing()
    {
        var state = Apply(null, Texts(5, Said(Visitor, "Hello", 1), Said(System, "Agent One has joined.", 2), Said(Me, "Hi Vera", 3)));
        var again = ChatRules.Observe(state, Agent, Texts(9, Said(Visitor, "Hello", 1), Said(Me, "Hi Vera", 3), Said(Visitor, "Order 1234", 8)));

        Assert.Equal(
            [("Hello", ChatParty.Visitor), ("Agent One has joined.", ChatParty.System), ("Hi Vera", ChatParty.Agent)],
            state.Transcript.Select(e => (e.Text, e.Party)));
        Assert.Equal([new ChatTextAdded("v-1", "Vera Visitor", ChatParty.Visitor, "Order 1234", T0.AddSeconds(8), T0.AddSeconds(9))], again);
    }

    [Fact]
    public void The_same_words_at_another_time_are_a_new_text()
    {
        var state = Apply(null, Texts(1, Said(Visitor, "ok", 1)));

        Assert.Single(ChatRules.Observe(state, Agent, Texts(2, Said(Visitor, "ok", 2))));
    }

    [Fact]
    public void Texts_of_the_visitor_and_other_users_are_unread_until_the_owner_reads_the_chat()
    {
        var other = new ObservedChatMember(3, "agent7", "Agent Seven", false);
        var state = Apply(null, Texts(4, Said(Visitor, "Hello", 1), Said(Me, "Hi", 2), Said(System, "joined", 2), Said(other, "I can help", 3)));
        var model = ChatOf(InteractionStatus.Connected, state);

        Assert.Equal(2, state.Unread);
        Assert.Empty(ChatRules.Read(model, "agent7", T0));
        var read = ChatRules.Read(model, Agent, T0.AddSeconds(5));
        Assert.Equal([new ChatRead(Agent, T0.AddSeconds(5))], read);
        Assert.Equal(0, read.Aggregate(state, ChatRules.Evolve).Unread);
        Assert.Empty(ChatRules.Read(ChatOf(InteractionStatus.Connected, state with { Unread = 0 }), Agent, T0));
    }

    [Fact]
    public void The_agent_sends_texts_only_in_their_own_picked_up_chat()
    {
        var send = new ChatCommand(Agent, ChatCommandKind.SendText, "Hello");

        Assert.Null(ChatRules.Check(ChatOf(InteractionStatus.Connected), send));
        Assert.Null(ChatRules.Check(ChatOf(InteractionStatus.Held), send));
        Assert.Equal("chat.notPickedUp", ChatRules.Check(ChatOf(InteractionStatus.Alerting), send)?.ErrorCode);
        Assert.Equal("chat.ended", ChatRules.Check(ChatOf(InteractionStatus.Disconnected), send)?.ErrorCode);
        Assert.Equal("interaction.notFound", ChatRules.Check(ChatOf(InteractionStatus.Connected) with { UserId = "agent2" }, send)?.ErrorCode);
        Assert.Equal("chat.notAChat", ChatRules.Check(ChatOf(InteractionStatus.Connected) with { ObjectType = "Call" }, send)?.ErrorCode);
    }

    [Fact]
    public void A_file_response_goes_only_to_a_web_chats_visitor_never_into_an_intercom_chat()
    {
        var send = new ChatCommand(Agent, ChatCommandKind.SendResponseFile, "8f0c2d6e-1a55-4a43-9d0e-000000002002");

        Assert.Null(ChatRules.Check(ChatOf(InteractionStatus.Connected), send));
        Assert.Equal("chat.fileNotAllowed", ChatRules.Check(ChatOf(InteractionStatus.Connected) with { Internal = true }, send)?.ErrorCode);
        Assert.Equal("chat.notPickedUp", ChatRules.Check(ChatOf(InteractionStatus.Alerting), send)?.ErrorCode);
        Assert.Equal("responses.invalid", ChatRules.Check(ChatOf(InteractionStatus.Connected), send with { Text = " " })?.ErrorCode);
        Assert.Equal("responses.invalid", ChatRules.Check(ChatOf(InteractionStatus.Connected), send with { Text = "id\u0000" })?.ErrorCode);
    }

    [Fact]
    public void A_file_sent_into_the_chat_is_a_file_entry_of_the_transcript_named_after_the_file()
    {
        var state = Apply(null, Members(added: [Visitor, Me]));

        var events = ChatRules.Observe(state, Agent, Texts(3, new ObservedChatText(Me, "brochure.pdf", T0.AddSeconds(3), IsFile: true)));
        var after = events.Aggregate(state, ChatRules.Evolve);

        Assert.Equal([new ChatTextAdded(Agent, "Agent One", ChatParty.Agent, "brochure.pdf", T0.AddSeconds(3), T0.AddSeconds(3), IsFile: true)], events);
        Assert.True(after.Transcript.Single().IsFile);
    }

    [Theory]
    [InlineData("", "chat.emptyText")]
    [InlineData("   ", "chat.emptyText")]
    [InlineData("bell\u0007", "chat.invalidText")]
    [InlineData("two\nlines\tand a tab", null)]
    public void A_text_must_not_be_empty_or_carry_control_characters(string text, string? error)
    {
        Assert.Equal(error, ChatRules.Check(ChatOf(InteractionStatus.Connected), new ChatCommand(Agent, ChatCommandKind.SendText, text))?.ErrorCode);
    }

    [Fact]
    public void A_text_longer_than_the_limit_is_refused_and_one_at_the_limit_is_not()
    {
        Assert.Null(ChatRules.CheckText(new string('a', ChatRules.MaxTextLength)));
        Assert.Equal("chat.textTooLong", ChatRules.CheckText(new string('a', ChatRules.MaxTextLength + 1))?.ErrorCode);
    }

    [Fact]
    public void Chat_events_fold_through_the_interaction_decider()
    {
        var state = new InteractionEvent[] { new ChatMemberJoined("v-1", "Vera", ChatParty.Visitor, T0), new ChatTextAdded("v-1", "Vera", ChatParty.Visitor, "Hi", T0, T0) }
            .Aggregate(ChatOf(InteractionStatus.Connected), InteractionDecider.Evolve);

        var view = ChatRules.View(state.Chat);
        Assert.Equal([new ChatEntryView("v-1", "Vera", ChatParty.Visitor, "Hi", T0)], view.Transcript);
        Assert.Equal([new ChatMemberView("v-1", "Vera", ChatParty.Visitor, false)], view.Members);
        Assert.Equal(1, view.Unread);
    }
}
