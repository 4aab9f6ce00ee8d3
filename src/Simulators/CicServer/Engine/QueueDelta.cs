using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>What one queue subscription gets from one engine operation.</summary>
internal sealed class QueueDelta
{
    public List<QueueInteraction> Added { get; } = [];

    public List<QueueInteraction> Changed { get; } = [];

    public List<string> Removed { get; } = [];

    /// <summary>One message, or several of at most <paramref name="maxEntries"/> entries each. Each interaction
    /// appears once per operation, so splitting cannot reorder changes of one interaction.</summary>
    public IEnumerable<QueueContentsMessage> ToMessages(string subscriptionId, int maxEntries)
    {
        if (maxEntries <= 0 || Added.Count + Changed.Count + Removed.Count <= maxEntries)
        {
            yield return Message(subscriptionId, Added, Changed, Removed);
            yield break;
        }

        foreach (var chunk in Added.Chunk(maxEntries))
        {
            yield return Message(subscriptionId, chunk, [], []);
        }

        foreach (var chunk in Changed.Chunk(maxEntries))
        {
            yield return Message(subscriptionId, [], chunk, []);
        }

        foreach (var chunk in Removed.Chunk(maxEntries))
        {
            yield return Message(subscriptionId, [], [], chunk);
        }
    }

    private static QueueContentsMessage Message(
        string subscriptionId, IReadOnlyList<QueueInteraction> added, IReadOnlyList<QueueInteraction> changed, IReadOnlyList<string> removed) => new(
        true,
        subscriptionId,
        added.Count > 0 ? added : null,
        changed.Count > 0 ? changed : null,
        removed.Count > 0 ? removed : null);
}
