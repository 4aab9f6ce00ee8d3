using PureConnect.Grains.EventSourcing;

namespace PureConnect.Grains.Interactions.Chats;

// What happened in a chat (spec: "Chats"), as CIC's chat subscription reported it. Deliberately grouped.

/// <summary>A member joined the chat (or was there when the chat was first watched).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ChatMemberJoined"), EventType("V1.ChatMemberJoined")]
public sealed record ChatMemberJoined(string MemberId, string DisplayName, ChatParty Party, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>A member left the chat.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ChatMemberLeft"), EventType("V1.ChatMemberLeft")]
public sealed record ChatMemberLeft(string MemberId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>A member started or stopped typing.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ChatTypingChanged"), EventType("V1.ChatTypingChanged")]
public sealed record ChatTypingChanged(string MemberId, bool Typing, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);

/// <summary>One transcript entry: who wrote what, when CIC stamped it (<paramref name="SentAt"/>); <paramref name="IsFile"/>: a file sent
/// into the chat, <paramref name="Text"/> its name.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ChatTextAdded"), EventType("V1.ChatTextAdded")]
public sealed record ChatTextAdded(string MemberId, string DisplayName, ChatParty Party, string Text, DateTimeOffset SentAt, DateTimeOffset OccurredAt,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)] bool IsFile = false)
    : InteractionEvent(OccurredAt);

/// <summary>The owner read the transcript: the unread count starts again from zero.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ChatRead"), EventType("V1.ChatRead")]
public sealed record ChatRead(string UserId, DateTimeOffset OccurredAt) : InteractionEvent(OccurredAt);
