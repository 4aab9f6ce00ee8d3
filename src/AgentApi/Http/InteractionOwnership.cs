using PureConnect.AgentApi.Contracts;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;

namespace PureConnect.AgentApi.Http;

/// <summary>
/// Which interaction keys an agent may name, decided from the agent's own grain before any interaction grain is addressed,
/// so that a made-up key answers 404 without activating (and storing) an interaction: the interactions on the agent's queue,
/// those waiting for the agent's wrap-up code, and the agent's recent calls (whose key is the call's interaction id followed
/// by the date, <c>yyyyMMdd</c>: CIC's <c>Eic_CallIdKey</c>), which keep their call logs editable after CIC let them go.
/// </summary>
public static class InteractionOwnership
{
    /// <summary>Longer than any key CIC makes (18 characters); a longer one is refused before the agent's grain is asked.</summary>
    public const int MaxKeyLength = 64;

    private const int DateSuffixLength = 8;

    public static async Task<bool> IsOwnedByAsync(string key, IAgentGrain agent)
    {
        if (!IsPlausibleKey(key))
        {
            return false;
        }

        var view = await agent.GetViewAsync();
        if (view.Interactions.Concat(view.WrapUps ?? []).Any(i => i.Key == key))
        {
            return true;
        }

        var calls = await agent.GetCallHistoryAsync(CallHistoryFilter.All);
        return calls.Any(call => IsKeyOf(key, call.InteractionId));
    }

    /// <summary>
    /// Runs a command on one of the agent's interactions: a key that is not theirs is logged and answered 404 before any
    /// interaction grain is addressed; the command's outcome is 202 <c>{ interactionId }</c> or its error.
    /// </summary>
    public static async Task<IResult> RunOwnedAsync(string key, HttpContext http, IGrainFactory grains, ILogger logger, string what,
        Func<IInteractionGrain, string, Task<CommandResult>> command)
    {
        var userId = http.User.AgentId()!;
        if (!await IsOwnedByAsync(key, grains.Agent(http.User)))
        {
            logger.LogWarning("Agent {UserId} tried {Command} on interaction {InteractionKey}, which is not theirs", userId, what, key);
            return NotFound();
        }

        var result = await command(grains.GetGrain<IInteractionGrain>(key), userId);
        return result.Succeeded ? Results.Accepted(value: new AcceptedResponse(result.InteractionId)) : ApiErrors.From(result);
    }

    /// <summary>The answer to a key that is not the agent's: the same 404 the interaction itself gives.</summary>
    public static IResult NotFound() => ApiErrors.Error("interaction.notFound", "That interaction is not yours.");

    public static bool IsPlausibleKey(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>The key is the interaction id itself, or the id followed by an eight-digit date.</summary>
    public static bool IsKeyOf(string key, string interactionId) =>
        interactionId.Length > 0 && key.StartsWith(interactionId, StringComparison.Ordinal)
        && (key.Length == interactionId.Length
            || (key.Length == interactionId.Length + DateSuffixLength && key[interactionId.Length..].All(char.IsAsciiDigit)));
}
