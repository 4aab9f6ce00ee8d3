using PureConnect.Grains.Interactions.Chats;

namespace PureConnect.Grains.UnitTests.Interactions.Chats;

/// <summary>Intercom chats and Chat Mail (spec: "Start an intercom chat"): whom an agent may ask, which Chat Mail may go out, and
/// what CIC's refusals mean for the agent.</summary>
public sealed class IntercomChatRulesTests
{
    private const string Me = "agent1";

    [Theory]
    [InlineData(null, "chat.invalidUser")]
    [InlineData("  ", "chat.invalidUser")]
    [InlineData("agent\u00002", "chat.invalidUser")]
    [InlineData("agent\n2", "chat.invalidUser")]
    [InlineData("AGENT1", "chat.self")]
    [InlineData(" agent1 ", "chat.self")]
    public void A_missing_malformed_or_own_user_is_refused(string? target, string code) =>
        Assert.Equal(code, IntercomChatRules.CheckTarget(target, Me)?.ErrorCode);

    [Fact]
    public void A_user_id_longer_than_the_limit_is_refused_and_one_at_the_limit_is_asked()
    {
        Assert.Equal("chat.invalidUser", IntercomChatRules.CheckTarget(new string('a', IntercomChatRules.MaxUserIdLength + 1), Me)?.ErrorCode);
        Assert.Null(IntercomChatRules.CheckTarget(new string('a', IntercomChatRules.MaxUserIdLength), Me));
        Assert.Null(IntercomChatRules.CheckTarget("agent2", Me));
    }

    [Theory]
    [InlineData("", "chat.emptyText")]
    [InlineData("hello\u0000", "chat.invalidText")]
    [InlineData(null, "chat.emptyText")]
    public void A_chat_mail_needs_a_clean_text(string? text, string code) =>
        Assert.Equal(code, IntercomChatRules.CheckMail("agent2", Me, text)?.ErrorCode);

    [Fact]
    public void A_chat_mail_longer_than_a_chat_text_is_refused_and_one_to_oneself_too()
    {
        Assert.Equal("chat.textTooLong", IntercomChatRules.CheckMail("agent2", Me, new string('x', ChatRules.MaxTextLength + 1))?.ErrorCode);
        Assert.Equal("chat.self", IntercomChatRules.CheckMail(Me, Me, "note to self")?.ErrorCode);
        Assert.Null(IntercomChatRules.CheckMail("agent2", Me, "Line one\nline two"));
    }

    [Theory]
    [InlineData(400, "error.request.interactions.chat.userNotLoggedIn", "chat.targetNotLoggedIn")]
    [InlineData(409, "error.request.notLoggedIn", "chat.targetNotLoggedIn")]
    [InlineData(400, "error.request.interactions.invalidTarget", "chat.userNotFound")]
    [InlineData(404, "error.request.userNotFound", "chat.userNotFound")]
    [InlineData(403, "error.request.accessDenied.intercomChat", "chat.forbidden")]
    [InlineData(403, "error.request.interactions.chat.targetCannotChat", "chat.targetCannotChat")]
    public void CICs_refusals_become_the_agents_codes(int status, string errorId, string code) =>
        Assert.Equal(code, IntercomChatRules.Refusal(status, errorId, "agent2")?.ErrorCode);

    [Theory]
    [InlineData(400, "error.request.invalidRepresentation")]
    [InlineData(500, null)]
    public void Other_refusals_are_left_to_the_sessions_handling(int status, string? errorId) =>
        Assert.Null(IntercomChatRules.Refusal(status, errorId, "agent2"));
}
