using PureConnect.Grains.Agents;
using PureConnect.Grains.EventSourcing;

namespace PureConnect.Grains.Calls;

/// <summary>The agent opened or closed the Advanced Dial section; the softphone shows it that way next time. An agent
/// fact, so it belongs to the agent's stream, not to an interaction's.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AdvancedDialSectionToggled"), EventType("V1.AdvancedDialSectionToggled")]
public sealed record AdvancedDialSectionToggled(bool Open, DateTimeOffset OccurredAt) : AgentEvent(OccurredAt);
