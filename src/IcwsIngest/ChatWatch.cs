using PureConnect.Grains.Interactions.Chats;
using PureConnect.Grains.Text;
using PureConnect.Icws;
using PureConnect.Icws.Messages;

namespace PureConnect.IcwsIngest;

/// <summary>
/// The chats the monitoring session watches: a chat seen on a watched queue is subscribed to once (channels facts §1.2), and
/// the subscription's members and texts go to its interaction grain under the key the queue gave it. A session's watch starts
/// empty, so after a reconnection every chat still on a queue is subscribed to again (the rules ignore a repeated transcript).
/// </summary>
public sealed class ChatWatch(Func<string, CancellationToken, Task>? subscribe = null) : InteractionWatch(subscribe)
{
    /// <summary><c>Eic_ObjectType</c> of a chat (channels facts §0, [2nd]).</summary>
    public const string ObjectType = "Chat";

    public static ChatObservation ToObservation(ChatMembersMessage message, DateTimeOffset at) =>
        new([.. message.Added.Select(Member)], [.. message.Changed.Select(Member)], [.. message.Removed.Select(Member)], [], at);

    /// <summary>Texts from CIC are cleaned of control characters, like every text that comes in.</summary>
    public static ChatObservation ToObservation(ChatContentsMessage message, DateTimeOffset at) =>
        new([], [], [], [.. message.Added.Select(t => new ObservedChatText(Member(t.Sender), ControlCharacters.Strip(t.Text), t.Timestamp, t.IsFile))], at);

    private static ObservedChatMember Member(ChatMember member) =>
        new((int)member.MemberType, member.UserId, ControlCharacters.Strip(member.DisplayName), member.IsTyping);
}
