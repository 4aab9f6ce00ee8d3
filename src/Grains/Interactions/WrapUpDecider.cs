using PureConnect.Grains.Agents;

namespace PureConnect.Grains.Interactions;

/// <summary>
/// The wrap-up rules (spec: "Wrap up a call"): "If wrap-up codes are configured and active for the workgroup the call
/// came through, the wrap-up form displays once the call is disconnected"; the agent selects a code "within the time
/// allowed"; "If you don't select a wrap-up code in time ... an ambiguous code is assigned to the call." Pure: time is
/// passed in.
/// </summary>
public static class WrapUpDecider
{
    /// <summary>Whether the interaction is waiting for its workgroup's settings: a handled ACD call (it came through a
    /// workgroup, was not placed by the agent, and connected) that has disconnected and has no wrap-up yet.</summary>
    public static bool NeedsPrompt(InteractionModel state) =>
        state is { IsEnded: true, WrapUp: null, Workgroup: not null, UserId: not null, ConnectedAt: not null }
        && state.Direction != InteractionDirection.Outbound;

    public static IReadOnlyList<InteractionEvent> Prompt(InteractionModel state, WrapUpSettings? settings, DateTimeOffset now) =>
        NeedsPrompt(state) && settings is { Codes.Count: > 0 } && settings.TimeLimit > TimeSpan.Zero
            ? [new WrapUpPrompted(state.UserId!, state.Workgroup!, settings.Codes, settings.AmbiguousCode, now + settings.TimeLimit, now)]
            : [];

    /// <summary>The checks an assignment must pass before it goes to CIC; null when it may.</summary>
    public static CommandResult? Check(InteractionModel state, AssignWrapUp command, DateTimeOffset now)
    {
        var wrapUp = state.WrapUp;
        if (state.UserId != command.UserId && wrapUp?.UserId != command.UserId)
        {
            return CommandResult.Fail("interaction.notFound", "That interaction is not yours.");
        }

        if (wrapUp is null)
        {
            return CommandResult.Fail("wrapUp.notOpen", "This interaction has no wrap-up to assign.");
        }

        if (wrapUp.Status == WrapUpStatus.TimedOut || (wrapUp.IsOpen && now >= wrapUp.Deadline))
        {
            return CommandResult.Fail("wrapUp.timedOut", "The time to pick a wrap-up code has run out; the ambiguous code was assigned.");
        }

        if (!wrapUp.IsOpen)
        {
            return CommandResult.Fail("wrapUp.notOpen", $"A wrap-up code ({wrapUp.Code}) is already assigned.");
        }

        return wrapUp.Codes.Any(c => c.Id == command.Code)
            ? null
            : CommandResult.Fail("wrapUp.unknownCode", $"'{command.Code}' is not one of this call's wrap-up codes.");
    }

    /// <summary>The assignment CIC accepted, decided against the time the agent asked at.</summary>
    public static IReadOnlyList<InteractionEvent> Assign(InteractionModel state, AssignWrapUp command, DateTimeOffset requestedAt) =>
        Check(state, command, requestedAt) is null
            ? [new WrapUpAssigned(command.Code, state.WrapUp!.Codes.First(c => c.Id == command.Code).Label, command.UserId, requestedAt)]
            : [];

    /// <summary>The deadline passed with the prompt still open: the ambiguous code.</summary>
    public static IReadOnlyList<InteractionEvent> TimeOut(InteractionModel state, DateTimeOffset now) =>
        state.WrapUp is { IsOpen: true } wrapUp && now >= wrapUp.Deadline ? [new WrapUpTimedOut(wrapUp.AmbiguousCode, now)] : [];

    public static WrapUpState? Evolve(WrapUpState? state, InteractionEvent @event) => @event switch
    {
        WrapUpPrompted e => new WrapUpState
        {
            UserId = e.UserId,
            Codes = e.Codes,
            AmbiguousCode = e.AmbiguousCode,
            Deadline = e.Deadline,
            Status = WrapUpStatus.Open,
        },
        WrapUpAssigned e when state is not null => state with { Status = WrapUpStatus.Assigned, Code = e.Code, AssignedBy = e.AssignedBy },
        WrapUpTimedOut e when state is not null => state with { Status = WrapUpStatus.TimedOut, Code = e.Code },
        _ => state,
    };

    public static WrapUpView? View(WrapUpState? state) =>
        state is null ? null : new WrapUpView(state.Status, state.Codes, state.Deadline, state.Code, state.AssignedBy);
}
