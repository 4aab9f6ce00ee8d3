namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>One <c>.../messaging/subscriptions/queues/{subscriptionId}</c> of a session.</summary>
internal sealed class QueueSubscription(Session session, string id, IReadOnlySet<QueueKey> queues, string[] attributeNames)
{
    public Session Session { get; } = session;

    public string Id { get; } = id;

    public IReadOnlySet<QueueKey> Queues { get; } = queues;

    /// <summary>Requested names, deduplicated case-insensitively; messages use the caller's spelling.</summary>
    public string[] AttributeNames { get; } = attributeNames;

    public bool WatchesAny(QueueKey? first, QueueKey? second, QueueKey? third) =>
        (first is { } a && Queues.Contains(a)) || (second is { } b && Queues.Contains(b)) || (third is { } c && Queues.Contains(c));
}
