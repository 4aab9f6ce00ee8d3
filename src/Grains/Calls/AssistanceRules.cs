using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

/// <summary>
/// Request assistance (spec): "You can request assistance only for ACD-routed interactions"; "You can have one active
/// assistance request for each interaction"; "You can request assistance multiple times for the same interaction as long as
/// any previous assistance requests are completed"; the message goes to the supervisors of the interaction's workgroup.
/// Pure: time is passed in.
/// </summary>
public static class AssistanceRules
{
    public static CommandResult? Check(AssistanceState state, CallFacts interaction, string userId, string message)
    {
        if (!interaction.IsOwnedBy(userId))
        {
            return CallRefusals.NotYours;
        }

        if (interaction.Status == InteractionStatus.Disconnected)
        {
            return CommandResult.Fail("assistance.interactionEnded", "This interaction has ended.");
        }

        if (!interaction.IsAcd)
        {
            return CommandResult.Fail("assistance.notAcd", "You can request assistance only for interactions routed from a workgroup.");
        }

        if (state.Active)
        {
            return CommandResult.Fail("assistance.alreadyRequested", "An assistance request for this interaction is still open.");
        }

        return string.IsNullOrWhiteSpace(message)
            ? CommandResult.Fail("assistance.messageRequired", "Type a message to your supervisor.")
            : null;
    }

    public static IReadOnlyList<InteractionEvent> Request(
        AssistanceState state, CallFacts interaction, string userId, string message, DateTimeOffset now) =>
        Check(state, interaction, userId, message) is null
            ? [new AssistanceRequested(userId, interaction.Workgroup!, message.Trim(), state.Requests + 1, now)]
            : [];

    /// <summary>The supervisor's conversation closed; repeats change nothing.</summary>
    public static IReadOnlyList<InteractionEvent> Complete(AssistanceState state, DateTimeOffset now) =>
        state.Active ? [new AssistanceCompleted(now)] : [];

    public static AssistanceState Evolve(AssistanceState state, InteractionEvent @event) => @event switch
    {
        AssistanceRequested e => state with { Active = true, Requests = e.Request },
        AssistanceCompleted => state with { Active = false },
        _ => state,
    };
}
