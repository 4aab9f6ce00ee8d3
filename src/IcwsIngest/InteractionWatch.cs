namespace PureConnect.IcwsIngest;

/// <summary>
/// The interactions of one kind the monitoring session watches through a per-interaction subscription (a chat's, a callback's,
/// an email's): each is subscribed to the first time it is seen on a watched queue, and its messages go to its interaction grain
/// under the key the queue gave it. A session's watch starts empty, so after a reconnection every interaction still on a queue
/// is subscribed to again (the rules ignore what they already know).
/// </summary>
public abstract class InteractionWatch(Func<string, CancellationToken, Task>? subscribe)
{
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

    /// <summary>The grain key of a watched interaction; the interaction id when it is not (yet) known.</summary>
    public string KeyOf(string interactionId)
    {
        lock (_keys)
        {
            return _keys.GetValueOrDefault(interactionId, interactionId);
        }
    }
}
