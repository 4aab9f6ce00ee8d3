using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

/// <summary>
/// Conference calls (spec: "Make a conference call"): "Start a conference by dragging one call on to another"; "you must have
/// more than one active call"; "To add another caller, click and drag another active call onto the conference"; "As long as
/// more than one party remains in the conference, the conference call persists even when the person who started the call
/// leaves. When one party remains, the conference ends." "You cannot conference Interaction Dialer calls." The wrap-up goes to
/// "the interaction that is underneath" ("Wrap up a conference call"). Parties count the agent too. Pure: time is passed in.
/// </summary>
public static class ConferenceRules
{
    public static CommandResult? CheckMerge(ConferenceState state, string userId, CallFacts dragged, CallFacts onto)
    {
        if (state.ConferenceId is not null)
        {
            return CommandResult.Fail("conference.alreadyStarted", "This conference already exists; drag a call onto it to add it.");
        }

        if ((CheckCall(userId, dragged) ?? CheckCall(userId, onto)) is { } refused)
        {
            return refused;
        }

        return dragged.InteractionId == onto.InteractionId
            ? CommandResult.Fail("conference.sameCall", "A call cannot be merged onto itself.")
            : null;
    }

    /// <summary>CIC merged the calls into <paramref name="conferenceId"/>: the agent and both far ends are its parties.</summary>
    public static IReadOnlyList<InteractionEvent> Merge(
        ConferenceState state, string userId, CallFacts dragged, CallFacts onto, string conferenceId, DateTimeOffset now) =>
        CheckMerge(state, userId, dragged, onto) is null
            ? [new ConferenceCreated(conferenceId, userId, onto.InteractionId, dragged.InteractionId, now)]
            : [];

    public static CommandResult? CheckAdd(ConferenceState state, string userId, CallFacts call)
    {
        if (CheckParty(state, userId) is { } refused)
        {
            return refused;
        }

        return state.Calls.Contains(call.InteractionId)
            ? CommandResult.Fail("conference.alreadyInConference", "That call is already in the conference.")
            : CheckCall(userId, call);
    }

    public static IReadOnlyList<InteractionEvent> Add(ConferenceState state, string userId, CallFacts call, DateTimeOffset now) =>
        CheckAdd(state, userId, call) is null ? [new ConferenceCallAdded(call.InteractionId, now)] : [];

    public static CommandResult? CheckLeave(ConferenceState state, string partyId) => CheckParty(state, partyId);

    /// <summary>A party leaves (the agent disconnects, or a far end hangs up); with one party left the conference ends.</summary>
    public static IReadOnlyList<InteractionEvent> Leave(ConferenceState state, string partyId, DateTimeOffset now)
    {
        if (CheckLeave(state, partyId) is not null)
        {
            return [];
        }

        return state.Parties.Count - 1 > 1
            ? [new ConferencePartyLeft(partyId, now)]
            : [new ConferencePartyLeft(partyId, now), new ConferenceEnded(now)];
    }

    /// <summary>The number the conference interaction shows.</summary>
    public static int PartyCount(ConferenceState state) => state.Active ? state.Parties.Count : 0;

    /// <summary>The interaction the wrap-up prompt goes to: the one the other call was dropped onto.</summary>
    public static string? WrapUpInteraction(ConferenceState state) => state.Underneath;

    public static ConferenceState Evolve(ConferenceState state, InteractionEvent @event) => @event switch
    {
        ConferenceCreated e => state with
        {
            ConferenceId = e.ConferenceId,
            Underneath = e.Underneath,
            Calls = [e.Underneath, e.Dragged],
            Parties = [e.UserId, e.Underneath, e.Dragged],
        },
        ConferenceCallAdded e => state with { Calls = [.. state.Calls, e.InteractionId], Parties = [.. state.Parties, e.InteractionId] },
        ConferencePartyLeft e => state with { Parties = [.. state.Parties.Where(p => p != e.PartyId)] },
        ConferenceEnded => state with { Ended = true },
        _ => state,
    };

    private static CommandResult? CheckParty(ConferenceState state, string partyId)
    {
        if (!state.Active)
        {
            return CommandResult.Fail("conference.notActive", "There is no active conference.");
        }

        return state.Parties.Contains(partyId) ? null : CommandResult.Fail("conference.notAParty", "That party is not on the conference.");
    }

    private static CommandResult? CheckCall(string userId, CallFacts call)
    {
        if (!call.IsOwnedBy(userId))
        {
            return CallRefusals.NotYours;
        }

        if (!call.IsCall)
        {
            return CommandResult.Fail("conference.callsOnly", "Only calls can be conferenced.");
        }

        if (call.IsDialer)
        {
            return CommandResult.Fail("conference.dialerNotAllowed",
                "Interaction Dialer calls cannot be conferenced, so that each gets its disposition.");
        }

        return call.IsLive ? null : CommandResult.Fail("conference.callNotActive", "Only connected or held calls can be conferenced.");
    }
}
