using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

/// <summary>What the interaction grain needs to know beyond its own state to judge a call control.</summary>
public sealed record CallCommandSettings(RecordingRights Rights, TimeSpan SecurePauseMaximum);

/// <summary>
/// A call control judged: refused, or the ICWS request to make and the events to record once CIC accepted it (some need CIC's answer,
/// such as the consult's ids). Pure: the deciders in this folder say what is allowed; this maps their decisions onto ICWS requests.
/// </summary>
public sealed record CallCommandPlan(CommandResult? Refused, IcwsCall? Call, Func<IcwsCallResult, IReadOnlyList<InteractionEvent>> Then)
{
    public static CallCommandPlan Refuse(CommandResult refusal) => new(refusal, null, _ => []);
}

public static class CallCommandPlanner
{
    private static DateTimeOffset Later(DateTimeOffset? answeredAt, DateTimeOffset now) => answeredAt is { } at && at > now ? at : now;

    public static CallCommandPlan Plan(InteractionModel state, CallCommand command, CallCommandSettings settings, DateTimeOffset now)
    {
        var call = CallFacts.Of(state, state.Features?.IsDialer ?? false);
        var user = command.UserId;
        var id = state.InteractionId;
        switch (command.Kind)
        {
            case CallCommandKind.Record:
                {
                    if (RecordingPrecedence.CheckRecord(state.Recording, call, user, settings.Rights) is { } refused)
                    {
                        return CallCommandPlan.Refuse(refused);
                    }

                    var events = RecordingPrecedence.Record(state.Recording, call, user, settings.Rights, now);
                    var request = events.Any(e => e is SnippetRecordingStopped)
                        ? new IcwsCall(IcwsCallKind.Snip, id, On: false)
                        : new IcwsCall(IcwsCallKind.Record, id, On: events.Any(e => e is AdHocRecordingStarted));
                    return new CallCommandPlan(null, request, _ => events);
                }

            case CallCommandKind.Snip:
                {
                    if (RecordingPrecedence.CheckSnip(state.Recording, call, user, settings.Rights) is { } refused)
                    {
                        return CallCommandPlan.Refuse(refused);
                    }

                    var events = RecordingPrecedence.Snip(state.Recording, call, user, settings.Rights, now);
                    return new CallCommandPlan(null, new IcwsCall(IcwsCallKind.Snip, id, On: events.Any(e => e is SnippetRecordingStarted)), _ => events);
                }

            case CallCommandKind.SecurePause:
                {
                    if (SecurePause.Check(state.Recording, call, user, settings.SecurePauseMaximum) is { } refused)
                    {
                        return CallCommandPlan.Refuse(refused);
                    }

                    // CIC times the pause from when the request reaches it: counted here from its answer, for the whole seconds asked
                    // of CIC (ICWS takes seconds), the pause never ends in the softphone while CIC still holds it.
                    var seconds = (int)Math.Ceiling(settings.SecurePauseMaximum.TotalSeconds);
                    return new CallCommandPlan(null,
                        new IcwsCall(IcwsCallKind.SecurePause, id, On: true, Text: seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        result => SecurePause.Pause(state.SecurePause, state.Recording, call, user, TimeSpan.FromSeconds(seconds), Later(result.AnsweredAt, now)));
                }

            case CallCommandKind.SendDigits:
                {
                    var (digits, refused) = CallControlRules.SendDigits(call, user, command.Text ?? "");
                    return refused is not null ? CallCommandPlan.Refuse(refused) : new CallCommandPlan(null, new IcwsCall(IcwsCallKind.SendDigits, id, Text: digits), _ => []);
                }

            case CallCommandKind.SendToVoicemail:
                {
                    var (_, refused) = CallControlRules.SendToVoicemail(call, user);
                    return refused is not null ? CallCommandPlan.Refuse(refused) : new CallCommandPlan(null, new IcwsCall(IcwsCallKind.SendToVoicemail, id), _ => []);
                }

            case CallCommandKind.RequestAssistance:
                {
                    var message = command.Text ?? "";
                    if (AssistanceRules.Check(state.Assistance, call, user, message) is { } refused)
                    {
                        return CallCommandPlan.Refuse(refused);
                    }

                    var events = AssistanceRules.Request(state.Assistance, call, user, message, now);
                    return new CallCommandPlan(null, new IcwsCall(IcwsCallKind.RequestAssistance, id, Text: message.Trim()), _ => events);
                }

            case CallCommandKind.BlindTransfer when command.Target is { } target:
                {
                    var transfer = new BlindTransfer(user, target, command.DialAsDigits);
                    if (TransferRules.CheckBlind(state.Transfer, call, transfer) is { } refused)
                    {
                        return CallCommandPlan.Refuse(refused);
                    }

                    var events = TransferRules.Blind(state.Transfer, call, transfer, now);
                    var to = ((InteractionTransferred)events[0]).Target;
                    return new CallCommandPlan(null, new IcwsCall(IcwsCallKind.BlindTransfer, id, TargetKind: to.Kind, Target: to.Address), _ => events);
                }

            case CallCommandKind.Consult when command.Target is { } target:
                {
                    var consult = new StartConsult(user, target, command.DialAsDigits);
                    if (TransferRules.CheckConsult(state.Transfer, call, consult) is { } refused)
                    {
                        return CallCommandPlan.Refuse(refused);
                    }

                    var started = (ConsultStarted)TransferRules.Consult(state.Transfer, call, consult, now)[0];
                    return new CallCommandPlan(null, new IcwsCall(IcwsCallKind.Consult, id, TargetKind: started.Target.Kind, Target: started.Target.Address),
                        result => [started with { ConsultId = result.Id, ConsultInteractionId = result.SecondId }]);
                }

            case CallCommandKind.ConsultAction when command.ConsultAction is { } action:
                {
                    var act = new ActOnConsult(user, action);
                    if (TransferRules.CheckAct(state.Transfer, call, act) is { } refused)
                    {
                        return CallCommandPlan.Refuse(refused);
                    }

                    var events = TransferRules.Act(state.Transfer, call, act, now);
                    var consultId = state.Transfer.ConsultId;
                    var request = action switch
                    {
                        ConsultAction.Complete => new IcwsCall(IcwsCallKind.ConsultConclude, id, ConsultId: consultId),
                        ConsultAction.Disconnect => new IcwsCall(IcwsCallKind.ConsultCancel, id, ConsultId: consultId),
                        ConsultAction.Both => new IcwsCall(IcwsCallKind.ConsultAudience, id, ConsultId: consultId, Audience: 3),
                        _ => new IcwsCall(IcwsCallKind.ConsultAudience, id, ConsultId: consultId, Audience: 0),
                    };
                    return new CallCommandPlan(null, request, _ => events);
                }

            case CallCommandKind.PickupAndHold:
                {
                    var (_, refused) = CallControlRules.PickUp(call, [], user, thenHold: true);
                    return refused is not null ? CallCommandPlan.Refuse(refused) : new CallCommandPlan(null, new IcwsCall(IcwsCallKind.PickupAndHold, id), _ => []);
                }

            default:
                return CallCommandPlan.Refuse(CommandResult.Fail("call.invalidCommand", $"'{command.Kind}' needs {(command.Kind is CallCommandKind.ConsultAction ? "an action" : "a target")}."));
        }
    }

    /// <summary>The owner's view of the call controls.</summary>
    public static CallControlsView View(InteractionModel state, string? userId, RecordingRights rights, DateTimeOffset now)
    {
        var call = CallFacts.Of(state, state.Features?.IsDialer ?? false);
        var user = userId ?? "";
        return new CallControlsView(
            RecordingPrecedence.Controls(state.Recording, call, user, rights),
            SecurePause.IsPaused(state.SecurePause, user, now) ? state.SecurePause.EndsAt[user] : null,
            state.Transfer.Mode,
            state.Transfer.ConsultTarget,
            state.Transfer.ConsultInteractionId,
            state.Features?.ConferenceId,
            // CIC counts the calls merged in; the softphone shows the connected parties, the agent included.
            state.Features?.ConferenceMembers is { } members ? members + 1 : null,
            state.Assistance.Active,
            state.Features?.IsDialer ?? false,
            state.Transfer.TransferredAt);
    }
}
