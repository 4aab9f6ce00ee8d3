using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>Spec, "Make a conference call": drag one active call onto another (or onto a conference to add it); the conference is an
/// interaction of its own that shows the number of connected participants.</summary>
public static class ConferenceRules
{
    public const string ConferenceObjectType = "Conference";

    public static bool IsConference(InteractionItem item) => item.ObjectType == ConferenceObjectType;

    /// <summary>An answered call that is in no conference yet may be dragged (a callback is no call: its phone call may).</summary>
    public static bool CanDrag(InteractionItem item) =>
        IsAnswered(item) && !IsConference(item) && !CallbackRules.IsCallback(item) && item.Calls?.ConferenceId is null && item.Calls?.IsDialer != true;

    /// <summary>Another answered call, or a live conference, takes the dragged call.</summary>
    public static bool CanDrop(InteractionItem onto, string? draggedKey) =>
        draggedKey is not null && draggedKey != onto.Key && IsAnswered(onto) && (IsConference(onto) || CanDrag(onto));

    public static int? Parties(InteractionItem item) => IsConference(item) ? item.Calls?.ConferenceParties : null;

    private static bool IsAnswered(InteractionItem item) => InteractionRules.StateOf(item) is CallState.Connected or CallState.Held;
}
