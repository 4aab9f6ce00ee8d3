namespace PureConnect.Grains.Agents;

/// <summary>
/// A change an agent's clients should show: the agent's own view, one of the agent's interactions, or the statuses the
/// agent may choose (after CIC's status catalogue changed).
/// Published on the agent's stream (<see cref="AgentUpdateStreams"/>) after the events are durable. A chat's interaction travels
/// without its transcript (<see cref="Interactions.Chats.ChatView.Transcript"/> empty): a typing change or a new text would otherwise
/// carry the whole conversation each time; clients read the transcript from the interaction (<c>ReadChatAsync</c>) when they show it.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AgentUpdate")]
public sealed record AgentUpdate(AgentView? Agent, Interactions.InteractionView? Interaction, IReadOnlyList<StatusOption>? Statuses = null)
{
    /// <summary>An interaction's change as the agent's stream carries it: a chat without its transcript.</summary>
    public static AgentUpdate Of(Interactions.InteractionView interaction) =>
        new(null, (interaction.Chat is { Transcript.Count: > 0 } chat ? interaction with { Chat = chat with { Transcript = [] } } : interaction) switch
        {
            // An email travels without its bodies too: clients read them from the interaction when they show it.
            { Email: { } email } withoutTranscript => withoutTranscript with { Email = email.WithoutBodies() },
            var other => other,
        });
}
