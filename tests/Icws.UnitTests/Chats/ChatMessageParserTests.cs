using PureConnect.Icws.Messages;

namespace PureConnect.Icws.UnitTests.Chats;

public sealed class ChatMessageParserTests
{
    [Fact]
    public void Chat_members_carry_the_added_changed_and_removed_members_with_their_type_and_typing_state()
    {
        var message = Assert.IsType<ChatMembersMessage>(IcwsMessageParser.Parse("""
            {"__type":"urn:inin.com:interactions.chat:chatMembersMessage","isDelta":true,"interactionId":"1001",
             "membersAdded":[{"__type":"urn:inin.com:interactions.chat:fullChatMember","chatMemberType":4,"displayName":"Vera","interactionId":"1001","userId":"v-1","isTyping":true}],
             "membersChanged":[{"chatMemberType":2,"displayName":"Agent One","interactionId":"1001","userId":"agent1","isTyping":false}],
             "membersRemoved":[{"chatMemberType":9,"interactionId":"1001","userId":"x"}]}
            """));

        Assert.True(message.IsDelta);
        Assert.Equal("1001", message.InteractionId);
        Assert.Equal(new ChatMember(ChatMemberType.External, "Vera", "1001", "v-1", true), Assert.Single(message.Added));
        Assert.Equal(ChatMemberType.CurrentUser, Assert.Single(message.Changed).MemberType);
        Assert.Equal(new ChatMember(ChatMemberType.None, "", "1001", "x", false), Assert.Single(message.Removed));
    }

    [Fact]
    public void Chat_contents_carry_the_texts_with_their_sender_and_time()
    {
        var message = Assert.IsType<ChatContentsMessage>(IcwsMessageParser.Parse("""
            {"__type":"urn:inin.com:interactions.chat:chatContentsMessage","isDelta":false,"interactionId":"1001",
             "messagesAdded":[{"chatMember":{"chatMemberType":4,"displayName":"Vera","interactionId":"1001","userId":"v-1"},"text":"Hello","timestamp":"20261206T021000Z","messageType":0},
                              {"chatMember":{"chatMemberType":1,"displayName":"System","interactionId":"1001","userId":""},"text":"file.pdf","timestamp":"2026-12-06T02:10:05Z","messageType":1}]}
            """));

        Assert.False(message.IsDelta);
        Assert.Equal(
            [("Vera", "Hello", new DateTimeOffset(2026, 12, 6, 2, 10, 0, TimeSpan.Zero), false), ("System", "file.pdf", new DateTimeOffset(2026, 12, 6, 2, 10, 5, TimeSpan.Zero), true)],
            message.Added.Select(t => (t.Sender.DisplayName, t.Text, t.Timestamp, t.IsFile)));
    }

    [Fact]
    public void A_chat_text_without_a_timestamp_is_malformed()
    {
        var message = IcwsMessageParser.Parse("""
            {"__type":"urn:inin.com:interactions.chat:chatContentsMessage","interactionId":"1001","messagesAdded":[{"text":"Hello"}]}
            """);

        Assert.IsType<MalformedMessage>(message);
    }
}
