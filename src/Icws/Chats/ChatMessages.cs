namespace PureConnect.Icws.Messages;

/// <summary><c>chatMemberType</c> (channels facts §1.3).</summary>
public enum ChatMemberType
{
    None = 0,
    SystemMember = 1,
    CurrentUser = 2,
    Internal = 3,
    External = 4,
}

/// <summary>A member of a chat: (<see cref="UserId"/>, <see cref="InteractionId"/>) identifies them.</summary>
public sealed record ChatMember(ChatMemberType MemberType, string DisplayName, string InteractionId, string UserId, bool IsTyping);

/// <summary>One text of a chat.</summary>
public sealed record ChatText(ChatMember Sender, string Text, DateTimeOffset Timestamp, bool IsFile);

/// <summary><c>chatMembersMessage</c>: the first lists the members at subscription time; a change is sent whenever a
/// member's typing state changes.</summary>
public sealed record ChatMembersMessage(
    string InteractionId, IReadOnlyList<ChatMember> Added, IReadOnlyList<ChatMember> Changed, IReadOnlyList<ChatMember> Removed)
    : IcwsMessage(IcwsMessageTypes.ChatMembers, false);

/// <summary><c>chatContentsMessage</c>: texts added (whether the first carries the transcript so far is [U]).</summary>
public sealed record ChatContentsMessage(string InteractionId, IReadOnlyList<ChatText> Added)
    : IcwsMessage(IcwsMessageTypes.ChatContents, false);
