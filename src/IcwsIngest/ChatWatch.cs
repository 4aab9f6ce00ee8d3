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
public sealed class ChatWatch(Func<string, CancellationToken, Task>? subscribe = null)
{
    /// <summary><c>Eic_ObjectType</c> of a chat (channels facts §0, [2nd]).</summary>
    public const string ObjectType = "Chat";

    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    /// <summary>Watches <paramref name="interactionId"/> under grain key <paramref name="key"/>: subscribes to it the first time.</summary>
    public async Task WatchAsync(string interactionId, string key, CancellationToken cancellationToken)
    {
        lock (_keys)
        {
            if (!_keys.TryAdd(interactionId, key))
            {
                _keys[interactionId] = key;
                return;
            }
        }

        if (subscribe is not null)
        {
            await subscribe(interactionId, cancellationToken);
        }
    }

    public void Forget(string interactionId)
    {
        lock (_keys)
        {
            _keys.Remove(interactionId);
        }
    }

    /// <summary>The grain key of a watched chat; the interaction id when it is not (yet) known.</summary>
    public string KeyOf(string interactionId)
    {
        lock (_keys)
        {
            return _keys.GetValueOrDefault(interactionId, interactionId);
        }
    }

    public static ChatObservation ToObservation(ChatMembersMessage message, DateTimeOffset at) =>
        new([.. message.Added.Select(Member)], [.. message.Changed.Select(Member)], [.. message.Removed.Select(Member)], [], at);

    /// <summary>Texts from CIC are cleaned of control characters, like every text that comes in.</summary>
    public static ChatObservation ToObservation(ChatContentsMessage message, DateTimeOffset at) =>
        new([], [], [], [.. message.Added.Select(t => new ObservedChatText(Member(t.Sender), ControlCharacters.Strip(t.Text), t.Timestamp))], at);

    private static ObservedChatMember Member(ChatMember member) =>
        new((int)member.MemberType, member.UserId, ControlCharacters.Strip(member.DisplayName), member.IsTyping);
}
