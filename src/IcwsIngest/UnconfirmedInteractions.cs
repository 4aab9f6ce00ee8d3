using PureConnect.Grains.Agents;
using PureConnect.Icws.Interactions;

namespace PureConnect.IcwsIngest;

/// <summary>What a look-up of an interaction that left the watched queues means.</summary>
public enum UnconfirmedVerdict
{
    /// <summary>It is on a watched queue: its observations tell its story; stop watching it here.</summary>
    Observed,

    /// <summary>CIC says it ended (not found, disconnected, or its id now names another interaction): close it.</summary>
    Ended,

    /// <summary>Alive somewhere nobody watches (a workgroup queue, an unwatched agent): look again later.</summary>
    Alive,
}

/// <summary>
/// Interactions that left an agent's queue while the channel was down (found by the reconcile after a reconnect) and are
/// not known to have ended. Leaving one agent's queue is not ending: the call may be back in its workgroup queue or
/// alerting another agent. Each is looked up on the monitoring session until it shows up on a watched queue or CIC says
/// it ended. Thread-safe: the reconcile adds from a grain lane, the checker and the message loop read and remove.
/// </summary>
public sealed class UnconfirmedInteractions
{
    private readonly Dictionary<string, QueueEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>The attributes a look-up asks for.</summary>
    public static readonly IReadOnlyList<string> LookupAttributes = [IcwsAttributeNames.Eic_State, IcwsAttributeNames.Eic_CallIdKey];

    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    public void Add(QueueEntry entry)
    {
        lock (_entries)
        {
            _entries[entry.Key] = entry;
        }
    }

    /// <summary>Stops watching <paramref name="key"/>; true if it was watched.</summary>
    public bool Remove(string key)
    {
        lock (_entries)
        {
            return _entries.Remove(key);
        }
    }

    public IReadOnlyList<QueueEntry> Snapshot()
    {
        lock (_entries)
        {
            return [.. _entries.Values.OrderBy(e => e.Key, StringComparer.Ordinal)];
        }
    }

    /// <summary>
    /// The rule: an interaction on a watched queue is observed there; otherwise the look-up decides. Not found (null: 404),
    /// <c>Eic_State</c> internally or externally disconnected, or an interaction id that CIC reused for another interaction
    /// (a different <c>Eic_CallIdKey</c>) mean it ended; anything else means it is alive where nobody watches.
    /// </summary>
    public static UnconfirmedVerdict Judge(QueueEntry entry, bool onWatchedQueue, IReadOnlyDictionary<string, string>? lookedUp)
    {
        if (onWatchedQueue)
        {
            return UnconfirmedVerdict.Observed;
        }

        if (lookedUp is null)
        {
            return UnconfirmedVerdict.Ended;
        }

        var attributes = new Dictionary<string, string>(lookedUp, StringComparer.OrdinalIgnoreCase);
        if (attributes.TryGetValue(IcwsAttributeNames.Eic_CallIdKey, out var callIdKey) && callIdKey.Length > 0
            && entry.Key != entry.InteractionId && !string.Equals(callIdKey, entry.Key, StringComparison.Ordinal))
        {
            return UnconfirmedVerdict.Ended;
        }

        var state = InteractionStateCodes.Parse(attributes.GetValueOrDefault(IcwsAttributeNames.Eic_State));
        return state is InteractionState.InternalDisconnect or InteractionState.ExternalDisconnect
            ? UnconfirmedVerdict.Ended
            : UnconfirmedVerdict.Alive;
    }
}
