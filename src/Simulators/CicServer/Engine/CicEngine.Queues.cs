using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.Engine;

// Queue subscriptions and the queue deltas published at the end of each engine operation.
public sealed partial class CicEngine
{
    private readonly Dictionary<QueueKey, List<QueueSubscription>> _queueWatchers = [];
    private readonly List<Interaction> _dirtyInteractions = [];
    private readonly Dictionary<QueueSubscription, QueueDelta> _deltas = [];
    private readonly List<QueueSubscription> _candidates = [];
    private readonly HashSet<QueueSubscription> _candidateSet = [];

    /// <summary>Creates or replaces a queue subscription; its first message is the full snapshot.</summary>
    public void SubscribeQueues(Session session, string subscriptionId, IReadOnlyList<QueueId> queueIds, IReadOnlyList<string> attributeNames) => Run(() =>
    {
        EnsureAlive(session);
        var names = attributeNames.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (queueIds.Count == 0 || names.Length == 0)
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "queueIds and attributeNames must not be empty.");
        }

        var keys = queueIds.Select(q => ResolveQueue(session, q)).ToHashSet();
        if (session.QueueSubscriptions.Remove(subscriptionId, out var replaced))
        {
            UnregisterQueueSubscription(replaced);
        }

        var subscription = new QueueSubscription(session, subscriptionId, keys, names);
        session.QueueSubscriptions[subscriptionId] = subscription;
        foreach (var key in keys)
        {
            if (!_queueWatchers.TryGetValue(key, out var watchers))
            {
                watchers = [];
                _queueWatchers[key] = watchers;
            }

            watchers.Add(subscription);
        }

        var snapshot = keys.SelectMany(InteractionsOn).Distinct().OrderBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => Added(i, names)).ToList();
        session.Enqueue(new QueueContentsMessage(false, subscriptionId, snapshot, null, null));
    });

    public void UnsubscribeQueues(Session session, string subscriptionId) => Run(() =>
    {
        if (session.QueueSubscriptions.Remove(subscriptionId, out var subscription))
        {
            UnregisterQueueSubscription(subscription);
        }
    });

    private QueueKey ResolveQueue(Session session, QueueId queue)
    {
        var caller = session.User;
        switch (queue.QueueType)
        {
            case 0 or 1:
                var user = _users.GetValueOrDefault(queue.QueueName ?? "")
                    ?? throw new IcwsErrorException(400, ErrorIds.QueueNotFound, $"The user queue '{queue.QueueName}' does not exist.");
                if (user != caller && !caller.CanMonitorQueues)
                {
                    throw new IcwsErrorException(403, ErrorIds.AccessDenied, $"The user may not watch the queue of '{user.Id}'.");
                }

                return user.QueueKey;
            case 2:
                var workgroup = _workgroups.GetValueOrDefault(queue.QueueName ?? "")
                    ?? throw new IcwsErrorException(400, ErrorIds.QueueNotFound, $"The workgroup queue '{queue.QueueName}' does not exist.");
                if (!QueueRightsOf(caller, workgroup).View)
                {
                    throw new IcwsErrorException(403, ErrorIds.AccessDenied, $"The user may not watch the workgroup queue '{workgroup.Name}'.");
                }

                return workgroup.QueueKey;
            default:
                throw new IcwsErrorException(400, ErrorIds.UnsupportedQueueType, $"Queue type {queue.QueueType} is not supported by the simulator.");
        }
    }

    private IEnumerable<Interaction> InteractionsOn(QueueKey key) => key.Kind == QueueKind.User
        ? _users[key.Name].Interactions
        : _workgroups[key.Name].Interactions;

    private void UnregisterQueueSubscription(QueueSubscription subscription)
    {
        foreach (var key in subscription.Queues)
        {
            _queueWatchers.GetValueOrDefault(key)?.Remove(subscription);
        }
    }

    private void OnInteractionChanging(Interaction interaction) => _dirtyInteractions.Add(interaction);

    /// <summary>
    /// For each interaction touched in this operation and each subscription watching its old or new queues:
    /// newly visible → added (all subscribed attributes), still visible → changed (subscribed attributes
    /// that changed), no longer visible → removed. One message per subscription per operation.
    /// </summary>
    private void PublishQueueChanges()
    {
        if (_dirtyInteractions.Count == 0)
        {
            return;
        }

        var nowMs = Now.ToUnixTimeMilliseconds();
        foreach (var interaction in _dirtyInteractions)
        {
            var delivered = PublishInteraction(interaction);
            if (delivered && (interaction.CreatedInOperation || interaction.ChangedAttributes.Contains(Attr.State)))
            {
                _emissions.Add(new Emission(interaction.Id, interaction.State, nowMs));
            }

            PublishCallbackChange(interaction);
            interaction.EndTracking();
        }

        _dirtyInteractions.Clear();
        foreach (var (subscription, delta) in _deltas)
        {
            foreach (var message in delta.ToMessages(subscription.Id, _options.MaxInteractionsPerQueueMessage))
            {
                subscription.Session.Enqueue(message);
            }
        }

        _deltas.Clear();
    }

    private bool PublishInteraction(Interaction interaction)
    {
        var (oldUser, oldWorkgroup, oldTransferor) = (interaction.OldUserQueue, interaction.OldWorkgroupQueue, interaction.OldTransferorQueue);
        var (newUser, newWorkgroup, newTransferor) = (interaction.UserQueue, interaction.WorkgroupQueue, interaction.TransferorQueue);
        CollectCandidates(oldUser, oldWorkgroup, oldTransferor, newUser, newWorkgroup, newTransferor);
        var delivered = false;
        foreach (var subscription in _candidates)
        {
            var was = !interaction.CreatedInOperation && subscription.WatchesAny(oldUser, oldWorkgroup, oldTransferor);
            var isNow = subscription.WatchesAny(newUser, newWorkgroup, newTransferor);
            if (isNow && !was)
            {
                DeltaOf(subscription).Added.Add(Added(interaction, subscription.AttributeNames));
                delivered = true;
            }
            else if (isNow && ProjectChanges(interaction, subscription.AttributeNames) is { } changes)
            {
                DeltaOf(subscription).Changed.Add(new QueueInteraction(interaction.Id, changes));
                delivered = true;
            }
            else if (was && !isNow)
            {
                DeltaOf(subscription).Removed.Add(interaction.Id);
                delivered = true;
            }
        }

        return delivered;
    }

    private void CollectCandidates(params ReadOnlySpan<QueueKey?> keys)
    {
        _candidates.Clear();
        _candidateSet.Clear();
        foreach (var key in keys)
        {
            if (key is { } k && _queueWatchers.TryGetValue(k, out var watchers))
            {
                foreach (var subscription in watchers)
                {
                    if (_candidateSet.Add(subscription))
                    {
                        _candidates.Add(subscription);
                    }
                }
            }
        }
    }

    private QueueDelta DeltaOf(QueueSubscription subscription)
    {
        if (!_deltas.TryGetValue(subscription, out var delta))
        {
            delta = new QueueDelta();
            _deltas[subscription] = delta;
        }

        return delta;
    }

    /// <summary>An <c>interactionsAdded</c> entry: conference members carry <c>conferenceParentId</c> (reference §4.4, §7.5).</summary>
    private static QueueInteraction Added(Interaction interaction, string[] names) =>
        new(interaction.Id, Project(interaction, names), interaction.ConferenceParentId);

    private static Dictionary<string, string> Project(Interaction interaction, string[] names)
    {
        var attributes = new Dictionary<string, string>(names.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            attributes[name] = interaction.Get(name);
        }

        return attributes;
    }

    private static Dictionary<string, string>? ProjectChanges(Interaction interaction, string[] names)
    {
        Dictionary<string, string>? attributes = null;
        foreach (var name in names)
        {
            if (interaction.ChangedAttributes.Contains(name))
            {
                attributes ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                attributes[name] = interaction.Get(name);
            }
        }

        return attributes;
    }
}
