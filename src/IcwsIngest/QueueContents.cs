using PureConnect.Grains.Interactions;
using PureConnect.Icws.Interactions;
using PureConnect.Icws.Messages;

namespace PureConnect.IcwsIngest;

/// <summary>
/// What one user-queue subscription currently holds: ICWS sends only changed attributes in
/// <c>interactionsChanged</c>, so attributes are merged here and each observation carries the full set.
/// </summary>
public sealed class QueueContents(string userId)
{
    private readonly Dictionary<string, Dictionary<string, string>> _attributes = new(StringComparer.Ordinal);

    public string UserId { get; } = userId;

    /// <summary>Replaces everything with a full snapshot (the first message after a subscription).</summary>
    public void Reset() => _attributes.Clear();

    public InteractionObservation Merge(InteractionSnapshot snapshot, DateTimeOffset observedAt)
    {
        if (!_attributes.TryGetValue(snapshot.InteractionId, out var known))
        {
            known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            _attributes[snapshot.InteractionId] = known;
        }

        foreach (var (name, value) in snapshot.Attributes)
        {
            known[name] = value;
        }

        return new InteractionObservation(snapshot.InteractionId, UserId, new Dictionary<string, string>(known), observedAt);
    }

    /// <summary>Forgets an interaction; returns its grain key.</summary>
    public string Remove(string interactionId)
    {
        var key = KeyOf(interactionId);
        _attributes.Remove(interactionId);
        return key;
    }

    /// <summary>Whether an interaction with this grain key is on the queue.</summary>
    public bool Holds(string key) => _attributes.Keys.Any(id => KeyOf(id) == key);

    /// <summary>
    /// The grain key of an interaction: <c>Eic_CallIdKey</c> (unique over time) when known, else the
    /// interaction id (which CIC reuses once the interaction is gone).
    /// </summary>
    public string KeyOf(string interactionId) =>
        _attributes.TryGetValue(interactionId, out var attributes)
        && attributes.TryGetValue(IcwsAttributeNames.Eic_CallIdKey, out var key) && key.Length > 0
            ? key
            : interactionId;
}
