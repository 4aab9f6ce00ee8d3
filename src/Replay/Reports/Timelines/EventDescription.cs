using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;

namespace PureConnect.Replay.Reports.Timelines;

/// <summary>One readable line per interaction event; an event without its own sentence reads as its record.</summary>
public static class EventDescription
{
    public static string Of(object @event) => @event switch
    {
        InteractionDiscovered e => $"{e.Direction} {e.ObjectType} {(e.Direction == InteractionDirection.Outbound ? "to" : "from")} {Party(e.RemoteName, e.RemoteAddress)} seen" +
            (e.Workgroup is null ? "" : $" in workgroup {e.Workgroup}") + (e.Internal ? " (internal)" : ""),
        InteractionAssigned e => $"assigned to {e.UserId}",
        InteractionUnassigned e => $"left {e.UserId}",
        InteractionOffered e => e.Workgroup is null ? "offered" : $"offered in workgroup {e.Workgroup}'s queue",
        InteractionRouted e => $"routed to workgroup {e.Workgroup}",
        InteractionAlerting e => e.UserId is null ? "alerting" : $"alerting {e.UserId}",
        InteractionDialing => "dialing",
        InteractionConnected => "connected",
        InteractionHeld => "held",
        InteractionRetrieved => "picked up from hold",
        InteractionMuteChanged e => e.Muted ? "muted" : "unmuted",
        InteractionSentToVoicemail => "sent to voicemail",
        InteractionDisconnected e => $"disconnected ({e.By})",
        InteractionDeallocated => "deallocated by CIC",
        InteractionReopened => "seen alive again: the earlier close is retracted",
        InteractionPartyChanged e => $"other party is now {Party(e.RemoteName, e.RemoteAddress)}",
        InteractionTransferred e => $"{e.UserId} transferred it to {e.Target.Kind} {e.Target.Address}" + (e.Consulted ? " after a consult" : " (blind)"),
        ConsultStarted e => $"{e.UserId} started a consult with {e.Target.Kind} {e.Target.Address}",
        ConsultDisconnected => "consulted party dropped",
        WrapUpPrompted e => $"{e.UserId} prompted for a {e.Workgroup} wrap-up code, due {e.Deadline:u}",
        WrapUpAssigned e => $"wrap-up code {e.Code} ({e.Label}) assigned by {e.AssignedBy}",
        WrapUpTimedOut e => $"no wrap-up code in time: {e.Code}",
        SecurePauseStarted e => $"{e.UserId} paused the recording securely until {e.EndsAt:u}",
        SecurePauseEnded e => $"secure pause of {e.UserId} ended",
        CallLogEdited e => $"{e.UserId} edited the call log",
        _ => @event.ToString() ?? @event.GetType().Name,
    };

    private static string Party(string name, string address) =>
        name.Length > 0 && address.Length > 0 ? $"{name} <{address}>" : name.Length > 0 ? name : address;
}
