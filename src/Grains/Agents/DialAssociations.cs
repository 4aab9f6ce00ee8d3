namespace PureConnect.Grains.Agents;

/// <summary>
/// Click-to-dial records (spec: the Salesforce record the agent dialed from goes to the call log). The record ids travel
/// with the call as interaction attributes (<see cref="WhoIdAttribute"/>, <see cref="WhatIdAttribute"/>; CIC handlers see
/// them too) and wait as agent events until the call reaches the agent's queue, so a grain reactivated in between, on
/// any silo, still associates them. A record whose call never showed is given up after <see cref="Lifetime"/>.
/// </summary>
public static class DialAssociations
{
    public const string WhoIdAttribute = "SF_WhoId";
    public const string WhatIdAttribute = "SF_WhatId";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>The interaction attributes that carry the records on make-call; empty when there are none.</summary>
    public static IReadOnlyDictionary<string, string> Attributes(string? whoId, string? whatId)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(whoId))
        {
            attributes[WhoIdAttribute] = whoId;
        }

        if (!string.IsNullOrWhiteSpace(whatId))
        {
            attributes[WhatIdAttribute] = whatId;
        }

        return attributes;
    }

    /// <summary>A call was placed: its records wait (none when there are no records); stale records are given up.</summary>
    public static IReadOnlyList<AgentEvent> Placed(AgentModel state, string interactionId, string? whoId, string? whatId, DateTimeOffset at)
    {
        var events = new List<AgentEvent>();
        events.AddRange(state.PendingAssociations
            .Where(p => at - p.Value.PlacedAt >= Lifetime && p.Key != interactionId)
            .Select(p => new DialAssociationSettled(p.Key, at)));
        if (!string.IsNullOrWhiteSpace(whoId) || !string.IsNullOrWhiteSpace(whatId))
        {
            events.Add(new DialAssociationPending(interactionId, NullIfBlank(whoId), NullIfBlank(whatId), at));
        }

        return events;
    }

    /// <summary>The waiting records whose call is among <paramref name="onQueue"/>: interaction key → records.</summary>
    public static IReadOnlyList<(string Key, string InteractionId, DialAssociation Records)> Arrived(AgentModel state, IEnumerable<QueueEntry> onQueue) =>
        state.PendingAssociations.IsEmpty
            ? []
            : [.. onQueue
                .Where(e => state.PendingAssociations.ContainsKey(e.InteractionId))
                .DistinctBy(e => e.InteractionId)
                .Select(e => (e.Key, e.InteractionId, state.PendingAssociations[e.InteractionId]))];

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
