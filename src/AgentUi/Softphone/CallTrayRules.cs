using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>
/// The call controls under the arrow (spec: "Call controls", "Record a call", "Securely pause a recording"): Record and Snip show only with
/// the agent's rights and follow the server's recording state; Secure Pause needs a connected call without a snippet recording; voicemail
/// takes an alerting or connected call; the dial pad needs a connected call; assistance is for ACD interactions, one request at a time.
/// </summary>
public static class CallTrayRules
{
    public static IReadOnlyList<CallControl> Tray { get; } =
        [CallControl.Record, CallControl.Snip, CallControl.SecurePause, CallControl.Voicemail, CallControl.DialPad, CallControl.Assistance];

    public static bool IsShown(CallControl control, RecordingRightsInfo? rights) => control switch
    {
        CallControl.Record => rights?.Record == true,
        CallControl.Snip => rights?.Snip == true,
        _ => true,
    };

    public static bool IsAvailable(InteractionItem item, CallControl control)
    {
        var state = InteractionRules.StateOf(item);
        var recording = item.Calls?.Recording;
        return control switch
        {
            CallControl.Record => recording?.RecordEnabled == true,
            CallControl.Snip => recording?.SnipEnabled == true,
            CallControl.SecurePause => state == CallState.Connected && recording?.SnipActive != true,
            CallControl.Voicemail => state is CallState.Alerting or CallState.Connected && !ConferenceRules.IsConference(item),
            CallControl.DialPad => state == CallState.Connected,
            CallControl.Assistance => IsAcd(item) && InteractionRules.IsActive(item) && item.Calls?.AssistanceRequested != true,
            _ => false,
        };
    }

    /// <summary>Marked with the blue bar: a recording running, a secure pause counting down, assistance requested.</summary>
    public static bool IsOn(InteractionItem item, CallControl control, DateTimeOffset now) => control switch
    {
        // An ad hoc recording merged into a snippet is the snippet's now: the bar moves to Snip (Record still stops it).
        CallControl.Record => item.Calls?.Recording is { RecordActive: true, SnipActive: false },
        CallControl.Snip => item.Calls?.Recording.SnipActive == true,
        CallControl.SecurePause => SecurePauseRules.TimeLeft(item, now) is not null,
        CallControl.Assistance => item.Calls?.AssistanceRequested == true,
        _ => false,
    };

    /// <summary>The AgentApi action of a click, or null when the control opens a dialog (dial pad, assistance).</summary>
    public static string? ActionOf(CallControl control) => control switch
    {
        CallControl.Record => "record",
        CallControl.Snip => "snip",
        CallControl.SecurePause => "secure-pause",
        CallControl.Voicemail => "voicemail",
        _ => null,
    };

    /// <summary>An ACD interaction: it came through a workgroup queue.</summary>
    public static bool IsAcd(InteractionItem item) => !string.IsNullOrWhiteSpace(item.Workgroup);
}
