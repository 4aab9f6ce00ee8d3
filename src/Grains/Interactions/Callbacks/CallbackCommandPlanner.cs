using PureConnect.Grains.Agents;
using PureConnect.Icws;

namespace PureConnect.Grains.Interactions.Callbacks;

/// <summary>A callback command judged by <see cref="CallbackRules"/>: refused, or the ICWS request the agent's session makes.</summary>
public sealed record CallbackCommandPlan(CommandResult? Refused, IcwsCall? Call);

public static class CallbackCommandPlanner
{
    public static CallbackCommandPlan Plan(InteractionModel state, CallbackCommand command)
    {
        if (CallbackRules.Check(state, command.UserId, command.Kind) is { } refused)
        {
            return new CallbackCommandPlan(refused, null);
        }

        var id = state.InteractionId;
        return new CallbackCommandPlan(null, command.Kind switch
        {
            CallbackCommandKind.CallNumber => new IcwsCall(IcwsCallKind.CallCallbackNumber, id, Target: state.Callback!.Phone),
            CallbackCommandKind.Complete => Disposition(id, CallbackDisposition.Success),
            CallbackCommandKind.Retry => Disposition(id, CallbackDisposition.Retry),
            CallbackCommandKind.Fail => Disposition(id, CallbackDisposition.Failure),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Kind, "Unknown callback command"),
        });
    }

    private static IcwsCall Disposition(string id, CallbackDisposition disposition) =>
        new(IcwsCallKind.DispositionCallback, id, Text: disposition.ToString());
}
