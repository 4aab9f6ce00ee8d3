namespace PureConnect.Grains.Agents;

/// <summary>
/// A change an agent's clients should show: the agent's own view, one of the agent's interactions, or the statuses the
/// agent may choose (after CIC's status catalogue changed).
/// Published on the agent's stream (<see cref="AgentUpdateStreams"/>) after the events are durable.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AgentUpdate")]
public sealed record AgentUpdate(AgentView? Agent, Interactions.InteractionView? Interaction, IReadOnlyList<StatusOption>? Statuses = null);
