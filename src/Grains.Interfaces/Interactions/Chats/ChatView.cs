namespace PureConnect.Grains.Interactions.Chats;

/// <summary>A chat as the softphone shows it: the transcript oldest first, who is in it and typing, and the unread count
/// (the red number on the chat's tab).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ChatView")]
public sealed record ChatView(
    IReadOnlyList<ChatEntryView> Transcript,
    IReadOnlyList<ChatMemberView> Members,
    int Unread);

/// <summary>One transcript entry; <paramref name="IsFile"/>: a file sent into the chat, <paramref name="Text"/> its name.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ChatEntryView")]
public sealed record ChatEntryView(
    string MemberId, string DisplayName, ChatParty Party, string Text,
    DateTimeOffset SentAt, bool IsFile = false);

[GenerateSerializer, Immutable, Alias("PureConnect.ChatMemberView")]
public sealed record ChatMemberView(
    string MemberId, string DisplayName, ChatParty Party, bool Typing);
