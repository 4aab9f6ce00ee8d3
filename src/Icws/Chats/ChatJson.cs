using System.Text.Json;
using PureConnect.Icws.Json;
using PureConnect.Icws.Messages;

namespace PureConnect.Icws.Chats;

/// <summary>Reads the chat subscription's shapes (channels facts §1.3). Tolerant: a missing display name or typing flag
/// reads as empty/false; an unknown member type as <see cref="ChatMemberType.None"/>.</summary>
internal static class ChatJson
{
    public static ChatMembersMessage ReadMembers(JsonElement message) => new(
        JsonRead.RequiredString(message, "interactionId"),
        [.. JsonRead.Array(message, "membersAdded").Select(ReadMember)],
        [.. JsonRead.Array(message, "membersChanged").Select(ReadMember)],
        [.. JsonRead.Array(message, "membersRemoved").Select(ReadMember)]);

    public static ChatContentsMessage ReadContents(JsonElement message) => new(
        JsonRead.RequiredString(message, "interactionId"),
        [.. JsonRead.Array(message, "messagesAdded").Select(ReadText)]);

    private static ChatMember ReadMember(JsonElement member)
    {
        var type = JsonRead.OptionalInt(member, "chatMemberType") ?? 0;
        return new ChatMember(
            Enum.IsDefined((ChatMemberType)type) ? (ChatMemberType)type : ChatMemberType.None,
            JsonRead.OptionalString(member, "displayName") ?? "",
            JsonRead.OptionalString(member, "interactionId") ?? "",
            JsonRead.OptionalString(member, "userId") ?? "",
            JsonRead.Bool(member, "isTyping"));
    }

    private static ChatText ReadText(JsonElement text) => new(
        JsonRead.TryGet(text, "chatMember", out var member) && member.ValueKind == JsonValueKind.Object
            ? ReadMember(member)
            : new ChatMember(ChatMemberType.None, "", "", "", false),
        JsonRead.OptionalString(text, "text") ?? "",
        JsonRead.OptionalDate(text, "timestamp") ?? throw JsonRead.Missing("timestamp"),
        JsonRead.OptionalInt(text, "messageType") == 1);
}
