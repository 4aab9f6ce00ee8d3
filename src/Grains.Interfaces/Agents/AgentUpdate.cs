namespace PureConnect.Grains.Agents;

/// <summary>
/// A change an agent's clients should show: the agent's own view, or one of the agent's interactions.
/// Published on the agent's stream (<see cref="AgentUpdateStreams"/>) after the events are durable.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AgentUpdate")]
public sealed record AgentUpdate(AgentView? Agent, Interactions.InteractionView? Interaction);
