using PureConnect.Grains.Interactions.Callbacks;
using PureConnect.Icws.Messages;

namespace PureConnect.IcwsIngest;

/// <summary>
/// The callbacks the monitoring session watches: a live callback seen on a watched queue is subscribed to once (facts §5.2), and its
/// <c>callbackMessage</c>s go to its interaction grain under the key the queue gave it. A session's watch starts empty, so after a
/// reconnection every callback still on a queue is subscribed to again (the rules ignore what they already know).
/// </summary>
public sealed class CallbackWatch(Func<string, CancellationToken, Task>? subscribe = null)
{
    /// <summary><c>Eic_ObjectType</c> of a callback (channels facts §0, [2nd]).</summary>
    public const string ObjectType = "Callback";

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

    /// <summary>The grain key of a watched callback; the interaction id when it is not (yet) known.</summary>
    public string KeyOf(string interactionId)
    {
        lock (_keys)
        {
            return _keys.GetValueOrDefault(interactionId, interactionId);
        }
    }

    /// <summary>An empty number or call id says nothing; texts from CIC are cleaned of control characters, like every text that comes in.</summary>
    public static CallbackObservation ToObservation(CallbackMessage message, DateTimeOffset at) => new(
        string.IsNullOrEmpty(message.Target) ? null : Grains.Text.ControlCharacters.Strip(message.Target),
        message.Subject is null ? null : Grains.Text.ControlCharacters.Strip(message.Subject),
        string.IsNullOrEmpty(message.AssociatedCallId) ? null : message.AssociatedCallId,
        message.Attempts,
        message.MaxAttempts,
        at);
}
