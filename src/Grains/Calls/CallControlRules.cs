using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Calls;

/// <summary>
/// The remaining call controls (spec: "Call controls", "Pick up an interaction", "Place an interaction on hold", "Make a
/// call"): "Click Hold to pick up and place the interaction on hold immediately"; "picking up an incoming call automatically
/// places the currently connected call on hold"; "Click Disconnect to decline the interaction without answering. Declined
/// interactions reenter the queue"; "Send an incoming call to your voicemail; or send a connected call"; DTMF to "the
/// connected call"; "Double-click a disconnected interaction to re-dial the number". Each returns what to ask CIC, or a refusal.
/// </summary>
public static class CallControlRules
{
    public const int MaxDigits = 32;

    /// <summary>Pick up <paramref name="target"/> (or resume it when held); <paramref name="thenHold"/> is the Hold button on an
    /// alerting interaction. A call first holds the agent's other connected calls.</summary>
    public static (PickupPlan? Plan, CommandResult? Rejected) PickUp(
        CallFacts target, IReadOnlyList<CallFacts> agentsInteractions, string userId, bool thenHold)
    {
        if (!target.IsOwnedBy(userId))
        {
            return (null, CallRefusals.NotYours);
        }

        if (thenHold && target.Status != InteractionStatus.Alerting)
        {
            return (null, CommandResult.Fail("call.notAlerting", "Only an alerting interaction can be picked up on hold."));
        }

        if (target.Status is not (InteractionStatus.Alerting or InteractionStatus.Held))
        {
            return (null, CommandResult.Fail("call.cannotPickUp", "Only an alerting or held interaction can be picked up."));
        }

        IReadOnlyList<string> holdFirst = target.IsCall
            ? [.. agentsInteractions
                .Where(c => c.IsCall && c.IsConnected && c.IsOwnedBy(userId) && c.InteractionId != target.InteractionId)
                .Select(c => c.InteractionId)]
            : [];
        return (new PickupPlan(target.InteractionId, holdFirst, thenHold), null);
    }

    /// <summary>Disconnect: an alerting ACD interaction is declined back to its queue; anything else ends.</summary>
    public static (DisconnectOutcome? Outcome, CommandResult? Rejected) Disconnect(CallFacts interaction, string userId)
    {
        if (!interaction.IsOwnedBy(userId))
        {
            return (null, CallRefusals.NotYours);
        }

        if (interaction.Status == InteractionStatus.Disconnected)
        {
            return (null, CommandResult.Fail("call.alreadyDisconnected", "This interaction is already disconnected."));
        }

        return (interaction.Status == InteractionStatus.Alerting && interaction.IsAcd ? DisconnectOutcome.ReturnToQueue : DisconnectOutcome.Disconnect, null);
    }

    public static (VoicemailRequest? Request, CommandResult? Rejected) SendToVoicemail(CallFacts call, string userId)
    {
        if (!call.IsOwnedBy(userId))
        {
            return (null, CallRefusals.NotYours);
        }

        return call.IsCall && call.Status is InteractionStatus.Alerting or InteractionStatus.Connected
            ? (new VoicemailRequest(call.InteractionId, SuppressScreenPop: call.Status == InteractionStatus.Alerting), null)
            : (null, CommandResult.Fail("call.voicemailNotAllowed", "Only an alerting or connected call can be sent to voicemail."));
    }

    /// <summary>Dial-pad digits for the connected call: 0-9, *, #, A-D (case-insensitive), at most <see cref="MaxDigits"/>.</summary>
    public static (string? Digits, CommandResult? Rejected) SendDigits(CallFacts call, string userId, string digits)
    {
        if (!call.IsOwnedBy(userId))
        {
            return (null, CallRefusals.NotYours);
        }

        if (!call.IsCall || !call.IsConnected)
        {
            return (null, CommandResult.Fail("dtmf.notConnected", "Tones can be sent only to a connected call."));
        }

        if (digits.Length == 0)
        {
            return (null, CommandResult.Fail("dtmf.empty", "Type the digits to send."));
        }

        if (digits.Length > MaxDigits)
        {
            return (null, CommandResult.Fail("dtmf.tooLong", $"At most {MaxDigits} digits can be sent at once."));
        }

        var normalized = digits.ToUpperInvariant();
        return normalized.All(c => char.IsAsciiDigit(c) || c is '*' or '#' or >= 'A' and <= 'D')
            ? (normalized, null)
            : (null, CommandResult.Fail("dtmf.invalidDigits", "Only 0-9, *, # and A-D can be sent as tones."));
    }

    /// <summary>The number to dial again for a disconnected call.</summary>
    public static (string? Number, CommandResult? Rejected) Redial(CallFacts call, string userId)
    {
        if (!call.IsOwnedBy(userId))
        {
            return (null, CallRefusals.NotYours);
        }

        if (!call.IsCall || call.Status != InteractionStatus.Disconnected)
        {
            return (null, CommandResult.Fail("call.notDisconnected", "Only a disconnected call can be dialed again."));
        }

        var number = call.RemoteAddress.Trim();
        return number.Length > 0 ? (number, null) : (null, CommandResult.Fail("call.noNumber", "This call has no number to dial."));
    }
}
