using PureConnect.Grains.Interactions.Chats;

namespace PureConnect.AgentApi.Contracts;

/// <summary>A text the agent sends into a chat.</summary>
public sealed record ChatTextRequest(string? Text);

/// <summary>The agent's typing indicator.</summary>
public sealed record ChatTypingRequest(bool Typing);

/// <summary>A chat's transcript (oldest first), members and unread count (docs/agent-api.md, "Chats").</summary>
public sealed record ChatResponse(IReadOnlyList<ChatEntryResponse> Transcript, IReadOnlyList<ChatMemberResponse> Members, int Unread);

/// <summary><c>party</c>: Visitor, Agent (the owner), OtherUser or System; <c>isFile</c>: a file sent into the chat, <c>text</c> its name.</summary>
public sealed record ChatEntryResponse(string MemberId, string DisplayName, string Party, string Text, DateTimeOffset SentAt, bool IsFile = false);

/// <summary><c>POST …/chat/response-files</c>: the File response to send to the web chat's visitor.</summary>
public sealed record ChatResponseFileRequest(string? ResponseId);

public sealed record ChatMemberResponse(string MemberId, string DisplayName, string Party, bool Typing);

/// <summary>What an interaction carries of its chat (the transcript is read with <c>GET .../chat</c>).</summary>
public sealed record ChatSummaryResponse(int Unread, IReadOnlyList<ChatMemberResponse> Members);

public static class ChatMapping
{
    public static ChatResponse ToResponse(this ChatView chat) => new(
        [.. chat.Transcript.Select(e => new ChatEntryResponse(e.MemberId, e.DisplayName, e.Party.ToString(), e.Text, e.SentAt, e.IsFile))],
        Members(chat), chat.Unread);

    public static ChatSummaryResponse ToSummary(this ChatView chat) => new(chat.Unread, Members(chat));

    private static List<ChatMemberResponse> Members(ChatView chat) =>
        [.. chat.Members.Select(m => new ChatMemberResponse(m.MemberId, m.DisplayName, m.Party.ToString(), m.Typing))];
}

/// <summary><c>POST /api/me/intercom-chats</c>: the CIC user to chat with.</summary>
public sealed record IntercomChatRequest(string? UserId);

/// <summary>The new intercom chat: its CIC interaction id and the key of <c>/api/me/interactions/{key}</c>.</summary>
public sealed record IntercomChatResponse(string InteractionId, string Key);

/// <summary><c>POST /api/me/chat-mail</c>: the user to mail and the message.</summary>
public sealed record ChatMailRequest(string? UserId, string? Text);
