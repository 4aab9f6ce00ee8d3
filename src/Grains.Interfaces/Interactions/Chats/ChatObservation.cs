namespace PureConnect.Grains.Interactions.Chats;

/// <summary>What one message of CIC's chat subscription said (members added, changed, removed; texts added), as the ingest passes
/// it on. Member types are CIC's <c>chatMemberType</c> numbers (1 system, 2 current user, 3 internal, 4 external).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ChatObservation")]
public sealed record ChatObservation(
    IReadOnlyList<ObservedChatMember> Added,
    IReadOnlyList<ObservedChatMember> Changed,
    IReadOnlyList<ObservedChatMember> Removed,
    IReadOnlyList<ObservedChatText> Texts,
    DateTimeOffset ObservedAt);

[GenerateSerializer, Immutable, Alias("PureConnect.ObservedChatMember")]
public sealed record ObservedChatMember(
    int MemberType, string UserId, string DisplayName, bool IsTyping);

/// <summary>A text, or a file sent into the chat (<paramref name="IsFile"/>, CIC's <c>messageType</c> 1: <paramref name="Text"/> is its name).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ObservedChatText")]
public sealed record ObservedChatText(
    ObservedChatMember Sender, string Text, DateTimeOffset SentAt, bool IsFile = false);
