namespace PureConnect.Grains.Calls;

/// <summary>The call controls an agent applies to one interaction beyond pick up, hold, mute and disconnect (spec: "Calls").</summary>
public enum CallCommandKind
{
    /// <summary>Record (ad hoc): start or stop.</summary>
    Record = 1,

    /// <summary>Snip (snippet recording): start or stop.</summary>
    Snip = 2,

    /// <summary>Secure pause: start, or start the countdown over at the maximum.</summary>
    SecurePause = 3,

    /// <summary>DTMF digits (<see cref="CallCommand.Text"/>).</summary>
    SendDigits = 4,

    /// <summary>Send an alerting or connected call to the agent's voicemail.</summary>
    SendToVoicemail = 5,

    /// <summary>Ask the workgroup supervisor for help (<see cref="CallCommand.Text"/>: the message).</summary>
    RequestAssistance = 6,

    /// <summary>Transfer without speaking to the recipient (<see cref="CallCommand.Target"/>).</summary>
    BlindTransfer = 7,

    /// <summary>Consult the recipient first (<see cref="CallCommand.Target"/>): the caller goes on hold.</summary>
    Consult = 8,

    /// <summary>Complete, Disconnect, Both or Neither of the consult in progress (<see cref="CallCommand.ConsultAction"/>).</summary>
    ConsultAction = 9,

    /// <summary>Pick up an alerting call and hold it at once.</summary>
    PickupAndHold = 10,
}

/// <summary>One call control of agent <paramref name="UserId"/> on one interaction; which fields count depends on <paramref name="Kind"/>.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallCommand")]
public sealed record CallCommand(
    string UserId,
    CallCommandKind Kind,
    string? Text = null,
    TransferTarget? Target = null,
    bool DialAsDigits = false,
    ConsultAction? ConsultAction = null);

/// <summary>An interaction's call-control state for its owner: the recording buttons, the agent's secure pause, the consult in
/// progress, the conference it belongs to (or is, with its connected parties, the agent included), and whether assistance was asked for.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallControlsView")]
public sealed record CallControlsView(
    RecordingControls Recording,
    DateTimeOffset? SecurePauseEndsAt,
    ConsultMode? Consult,
    TransferTarget? ConsultTarget,
    string? ConsultInteractionId,
    string? ConferenceId,
    int? ConferenceParties,
    bool AssistanceRequested,
    bool IsDialer,
    DateTimeOffset? TransferredAt);
