using System.Collections.Immutable;
using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>What the softphone shows, as one immutable value replaced on every change. Newest interaction first.</summary>
public sealed record SoftphoneView(AgentMe? Agent, ImmutableList<InteractionItem> Interactions, LiveConnection Connection, bool SessionEnded)
{
    public static SoftphoneView Initial { get; } = new(null, [], LiveConnection.Connecting, false);

    /// <summary>The statuses the agent may choose, as last pushed by AgentApi (<c>event: statuses</c>); null before any push.</summary>
    public IReadOnlyList<StatusItem>? Statuses { get; init; }

    /// <summary>Why the session ended (AgentApi's <c>loggedOut</c> reason), once <see cref="SessionEnded"/>.</summary>
    public string? LogoutReason { get; init; }

    /// <summary>
    /// Applies a pushed status list (CIC's catalogue changed): kept for an open status picker, and the text of the agent's
    /// current status follows a renamed status at once.
    /// </summary>
    public SoftphoneView WithStatuses(IReadOnlyList<StatusItem> statuses)
    {
        var current = Agent?.StatusId is { } id ? statuses.FirstOrDefault(s => string.Equals(s.StatusId, id, StringComparison.OrdinalIgnoreCase)) : null;
        return this with
        {
            Statuses = statuses,
            Agent = current is null || Agent!.StatusText == current.MessageText ? Agent : Agent with { StatusText = current.MessageText },
        };
    }

    /// <summary>Replaces a snapshot: the agent and the interactions not yet deallocated (or still waiting for a wrap-up code).</summary>
    public SoftphoneView WithSnapshot(AgentSnapshot snapshot) => this with
    {
        Agent = snapshot.Agent,
        Interactions = [.. snapshot.Interactions.Where(WrapUpRules.IsListed).OrderByDescending(i => i.FirstSeenAt)],
        Connection = LiveConnection.Live,
    };

    /// <summary>Applies an interaction delta: a deallocated one leaves the list once it needs no wrap-up, one that left the agent (transferred,
    /// back in its queue) leaves at once, an older version is ignored.</summary>
    public SoftphoneView WithInteraction(InteractionItem item)
    {
        var index = Interactions.FindIndex(i => i.Key == item.Key);
        var known = index < 0 ? null : Interactions[index];
        var listed = WrapUpRules.IsListed(item) && !InteractionRules.HasLeft(item, known, Agent?.UserId);
        if (known is null)
        {
            return !listed ? this : this with { Interactions = Interactions.Insert(0, item) };
        }

        if (item.Version > 0 && known.Version > item.Version)
        {
            return this;
        }

        return this with { Interactions = !listed ? Interactions.RemoveAt(index) : Interactions.SetItem(index, item) };
    }
}
