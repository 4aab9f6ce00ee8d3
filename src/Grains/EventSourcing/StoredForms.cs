using PureConnect.Persistence.EventStore;

namespace PureConnect.Grains.EventSourcing;

/// <summary>
/// The stored form of each raised event until it is durable, by reference: a batch that Orleans resubmits after a lost
/// response carries the same event ids, so the store recognises it. Entries are forgotten once their append is durable (or
/// refused before raising). A plain dictionary, not a <see cref="System.Runtime.CompilerServices.ConditionalWeakTable{TKey,TValue}"/>:
/// one of those per grain is finalizable, and at 200 calls a second the finalizer thread fell behind the grains that ended.
/// </summary>
public sealed class StoredForms<TEvent>(Func<TEvent, EventData> toStoredForm)
    where TEvent : class
{
    private readonly Dictionary<TEvent, EventData> _pending = new(ReferenceEqualityComparer.Instance);

    /// <summary>Events whose stored form is kept because they are not known to be durable yet.</summary>
    public int Pending => _pending.Count;

    public EventData Of(TEvent @event)
    {
        if (!_pending.TryGetValue(@event, out var stored))
        {
            stored = toStoredForm(@event);
            _pending[@event] = stored;
        }

        return stored;
    }

    public void Forget(IEnumerable<TEvent> events)
    {
        foreach (var @event in events)
        {
            _pending.Remove(@event);
        }
    }
}
