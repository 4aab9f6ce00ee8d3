using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Agents;

/// <summary>One interaction in a workgroup's queue (spec: "Workgroup Queues view"): its type (CIC's object type: Call, Chat, Callback,
/// Email Interaction, …), state, the user it is assigned to (empty while it waits), and what the view's columns show.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.WorkgroupQueueEntry")]
public sealed record WorkgroupQueueEntry(
    string InteractionId,
    string Type,
    InteractionStatus State,
    string StateText,
    string RemoteName,
    string RemoteAddress,
    string User,
    InteractionDirection Direction,
    DateTimeOffset? InitiatedAt,
    string Subject);

/// <summary>The order in which interactions are retrieved up to the limit (spec: "Limit Order"; not the view's sort).</summary>
public enum WorkgroupQueueLimitOrder
{
    /// <summary>The longest in the queue first.</summary>
    OldestFirst = 0,
    NewestFirst = 1,
}

/// <summary>What to show of a workgroup queue (spec: "Filter a Queue View"): only these types, states and users (null: all; an empty user
/// name matches the interactions no one has yet), at most <see cref="Limit"/> interactions, retrieved in <see cref="Order"/>.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.WorkgroupQueueQuery")]
public sealed record WorkgroupQueueQuery(
    string Workgroup,
    int Limit = WorkgroupQueueLimits.Default,
    WorkgroupQueueLimitOrder Order = WorkgroupQueueLimitOrder.OldestFirst,
    IReadOnlyList<string>? Types = null,
    IReadOnlyList<InteractionStatus>? States = null,
    IReadOnlyList<string>? Users = null);

/// <summary>A workgroup queue as asked: the interactions shown, how many matched the filter, and the limit applied.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.WorkgroupQueueResult")]
public sealed record WorkgroupQueueResult(CommandResult Result, string Workgroup, IReadOnlyList<WorkgroupQueueEntry> Interactions, int Matching, int Limit);

/// <summary>The display limits of queues other than My Interactions (spec: "Filter a Queue View"): 50 unless the agent sets another
/// limit, never more than 200.</summary>
public static class WorkgroupQueueLimits
{
    public const int Default = 50;

    public const int Hard = 200;

    /// <summary>A limit an agent may ask for: 1 to <see cref="Hard"/>.</summary>
    public static bool IsValid(int limit) => limit is >= 1 and <= Hard;

    /// <summary>The matching interactions (filter first), the first <paramref name="query"/>.Limit of them in the limit order (by
    /// time queued, then id); <c>Matching</c> counts all that matched.</summary>
    public static (IReadOnlyList<WorkgroupQueueEntry> Shown, int Matching) Apply(IEnumerable<WorkgroupQueueEntry> queue, WorkgroupQueueQuery query)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(query);
        var matching = queue.Where(e => Matches(e, query)).ToList();
        var ordered = query.Order == WorkgroupQueueLimitOrder.NewestFirst
            ? matching.OrderByDescending(e => e.InitiatedAt ?? DateTimeOffset.MinValue).ThenByDescending(e => e.InteractionId, StringComparer.Ordinal)
            : matching.OrderBy(e => e.InitiatedAt ?? DateTimeOffset.MaxValue).ThenBy(e => e.InteractionId, StringComparer.Ordinal);
        return ([.. ordered.Take(Math.Clamp(query.Limit, 1, Hard))], matching.Count);
    }

    private static bool Matches(WorkgroupQueueEntry entry, WorkgroupQueueQuery query) =>
        (query.Types is null || query.Types.Contains(entry.Type, StringComparer.OrdinalIgnoreCase))
        && (query.States is null || query.States.Contains(entry.State))
        && (query.Users is null || query.Users.Contains(entry.User, StringComparer.OrdinalIgnoreCase));
}
