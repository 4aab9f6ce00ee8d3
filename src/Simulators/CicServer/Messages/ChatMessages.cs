using System.Text.Json.Serialization;

namespace PureConnect.Simulators.CicServer.Messages;

// The chat subscription's messages (channels facts §1.3).

public sealed record ChatMembersMessage(
    bool IsDelta,
    string InteractionId,
    IReadOnlyList<FullChatMember> MembersAdded,
    IReadOnlyList<FullChatMember> MembersChanged,
    IReadOnlyList<FullChatMember> MembersRemoved) : IcwsMessage(IsDelta);

public sealed record ChatContentsMessage(bool IsDelta, string InteractionId, IReadOnlyList<ChatText> MessagesAdded) : IcwsMessage(IsDelta);

/// <summary>A derived type on the wire: it carries its <c>__type</c>.</summary>
public sealed record FullChatMember(int ChatMemberType, string DisplayName, string InteractionId, string UserId, bool IsTyping)
{
    [JsonPropertyName("__type")]
    [JsonPropertyOrder(-1)]
    public string Type => "urn:inin.com:interactions.chat:fullChatMember";
}

public sealed record ChatMemberInfo(int ChatMemberType, string DisplayName, string InteractionId, string UserId);

/// <summary><c>messageType</c> 0 text, 1 file.</summary>
public sealed record ChatText(ChatMemberInfo ChatMember, string Text, DateTimeOffset Timestamp, int MessageType);
