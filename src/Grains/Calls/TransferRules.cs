using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

/// <summary>
/// Transfers (spec: "Transfer an interaction"). Blind: to a user, workgroup, Attendant profile or outside number ("You must
/// use a Blind transfer to transfer an interaction to a workgroup or Attendant profile"). Consult: "only for call interaction
/// types", to a person or a number, never to an Attendant profile, a workgroup queue or voicemail; "The original caller goes
/// on hold", then Complete, Disconnect ("Only the consultant is disconnected"), Both or Neither. "You cannot transfer a call
/// directly to another agent's voicemail." Only a connected or held interaction can be transferred, once per leg: a call received by
/// a transfer can be transferred again by the one who received it. Pure: time is passed in.
/// </summary>
public static class TransferRules
{
    public static CommandResult? CheckBlind(TransferState state, CallFacts call, BlindTransfer command) =>
        Validate(state, call, command.UserId, command.Target, command.DialAsDigits, consult: false).Rejected;

    public static IReadOnlyList<InteractionEvent> Blind(TransferState state, CallFacts call, BlindTransfer command, DateTimeOffset now) =>
        Validate(state, call, command.UserId, command.Target, command.DialAsDigits, consult: false).Target is { } target
            ? [new InteractionTransferred(command.UserId, target, Consulted: false, now)]
            : [];

    public static CommandResult? CheckConsult(TransferState state, CallFacts call, StartConsult command) =>
        Validate(state, call, command.UserId, command.Target, command.DialAsDigits, consult: true).Rejected;

    public static IReadOnlyList<InteractionEvent> Consult(TransferState state, CallFacts call, StartConsult command, DateTimeOffset now) =>
        Validate(state, call, command.UserId, command.Target, command.DialAsDigits, consult: true).Target is { } target
            ? [new ConsultStarted(command.UserId, target, now)]
            : [];

    public static CommandResult? CheckAct(TransferState state, CallFacts call, ActOnConsult command)
    {
        if (!call.IsOwnedBy(command.UserId))
        {
            return CallRefusals.NotYours;
        }

        if (!state.Consulting)
        {
            return CommandResult.Fail("transfer.noConsult", "No consult transfer is in progress on this call.");
        }

        return call.IsLive ? null : NotLive;
    }

    /// <summary>Complete hands the call over; Disconnect drops only the consulted party; Both and Neither set who speaks.</summary>
    public static IReadOnlyList<InteractionEvent> Act(TransferState state, CallFacts call, ActOnConsult command, DateTimeOffset now)
    {
        if (CheckAct(state, call, command) is not null)
        {
            return [];
        }

        return command.Action switch
        {
            ConsultAction.Complete => [new InteractionTransferred(command.UserId, state.ConsultTarget!, Consulted: true, now)],
            ConsultAction.Disconnect => [new ConsultDisconnected(now)],
            ConsultAction.Both => ChangeMode(state, ConsultMode.Both, now),
            ConsultAction.Neither => ChangeMode(state, ConsultMode.Neither, now),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Action, "Unknown consult action"),
        };
    }

    public static TransferState Evolve(TransferState state, InteractionEvent @event) => @event switch
    {
        ConsultStarted e => state with { ConsultTarget = e.Target, Mode = ConsultMode.Consulting, ConsultId = e.ConsultId, ConsultInteractionId = e.ConsultInteractionId },
        ConsultModeChanged e => state with { Mode = e.Mode },
        ConsultDisconnected => state with { ConsultTarget = null, Mode = null, ConsultId = null, ConsultInteractionId = null },
        InteractionTransferred e => state with
        {
            ConsultTarget = null,
            Mode = null,
            ConsultId = null,
            ConsultInteractionId = null,
            TransferredTo = e.Target,
            TransferredAt = e.OccurredAt,
            LegTransferred = true,
        },
        _ => state,
    };

    /// <summary>The call reached another user (or rang again at its owner): a new leg, which its owner may transfer in turn.
    /// Transfer rules judge the current owner's leg, not the interaction's history.</summary>
    public static TransferState NewLeg(TransferState state) => state.LegTransferred ? state with { LegTransferred = false } : state;

    private static readonly CommandResult NotLive =
        CommandResult.Fail("transfer.notConnected", "Only a connected or held interaction can be transferred.");

    private static IReadOnlyList<InteractionEvent> ChangeMode(TransferState state, ConsultMode mode, DateTimeOffset now) =>
        state.Mode == mode ? [] : [new ConsultModeChanged(mode, now)];

    private static (TransferTarget? Target, CommandResult? Rejected) Validate(
        TransferState state, CallFacts call, string userId, TransferTarget requested, bool dialAsDigits, bool consult)
    {
        if (!call.IsOwnedBy(userId))
        {
            return (null, CallRefusals.NotYours);
        }

        if (state.LegTransferred)
        {
            return (null, CommandResult.Fail("transfer.alreadyTransferred", "This interaction has already been transferred."));
        }

        if (state.Consulting)
        {
            return (null, CommandResult.Fail("transfer.consultActive", "Finish the consult transfer in progress first."));
        }

        if (!call.IsLive)
        {
            return (null, NotLive);
        }

        if (consult && !call.IsCall)
        {
            return (null, CommandResult.Fail("transfer.consultCallsOnly", "Consult transfer is only for calls; use a blind transfer."));
        }

        var (target, rejected) = Resolve(requested, dialAsDigits);
        if (target is not null && consult && target.Kind is not (TransferTargetKind.User or TransferTargetKind.OutsideNumber))
        {
            return (null, CommandResult.Fail("transfer.consultNotAllowed",
                "A consult transfer goes only to a person or a number; use a blind transfer for a workgroup or an Attendant profile."));
        }

        return (target, rejected);
    }

    /// <summary>The recipient as it will be dialed: trimmed, typed digits as an outside number.</summary>
    private static (TransferTarget? Target, CommandResult? Rejected) Resolve(TransferTarget requested, bool dialAsDigits)
    {
        var address = requested.Address.Trim();
        if (address.Length == 0)
        {
            return (null, CommandResult.Fail("transfer.noTarget", "Choose who to transfer to."));
        }

        var kind = dialAsDigits ? TransferTargetKind.OutsideNumber : requested.Kind;
        if (kind == TransferTargetKind.UserVoicemail)
        {
            return (null, CommandResult.Fail("transfer.voicemailNotAllowed", "You cannot transfer a call directly to another agent's voicemail."));
        }

        if (kind == TransferTargetKind.OutsideNumber && !DialRules.IsDialable(address))
        {
            return (null, CommandResult.Fail("transfer.invalidNumber", $"'{address}' is not a number that can be dialed."));
        }

        return (new TransferTarget(kind, address), null);
    }
}
