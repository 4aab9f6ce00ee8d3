namespace PureConnect.Simulators.CicServer.Options;

/// <summary>How the call controls behave (transfer, consult, conference, recording, secure pause, voicemail,
/// directory). Options for facts the ICWS reference marks unconfirmed say so.</summary>
public sealed class CallControlOptions
{
    /// <summary>[U] When a blind-transferred call leaves the transferring agent's queue: once the target connects
    /// (the help's "briefly displays until it connects"), or at once.</summary>
    public TransferCompletion BlindTransferCompletion { get; set; } = TransferCompletion.WhenTargetConnects;

    /// <summary>[U] Whether <c>pickup</c> of a call holds the user's other connected calls on the server
    /// (the help: "picking up an incoming call automatically places the currently connected call on hold").</summary>
    public bool PickupHoldsConnectedCalls { get; set; } = true;

    /// <summary>Whether <c>disconnect</c> of an alerting ACD call returns it to its workgroup queue ("declined
    /// interactions reenter the queue") instead of ending it.</summary>
    public bool DeclinedAcdCallsReturnToQueue { get; set; } = true;

    /// <summary>Whether <c>transfer-to-voicemail</c> is served; the Salesforce integration does not support it, so by
    /// default it is refused with 400 <c>error.request.interactions.voicemailTransferNotSupported</c>.</summary>
    public bool VoicemailTransferSupported { get; set; }

    /// <summary>Whether Interaction Recorder has "Enable Snippet Recordings" on.</summary>
    public bool SnippetRecordingsEnabled { get; set; } = true;

    /// <summary>Length of a secure pause of type 1 (default timeout), as configured by the administrator.</summary>
    public TimeSpan SecurePauseDefaultDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest a secure pause may last; type 2 (infinite) and longer type 3 durations are cut to it.</summary>
    public TimeSpan SecurePauseMaxDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>[U] Unit of the <c>duration</c> of <c>secure-pause</c> type 3: seconds unless this is true (milliseconds).</summary>
    public bool SecurePauseDurationInMilliseconds { get; set; }

    /// <summary>Whether <c>secure-pause</c> type 4 (resume recording) ends a pause early; the help says an agent
    /// "cannot cancel a secure pause once it has started", ICWS defines the type.</summary>
    public bool SecurePauseResumeAllowed { get; set; } = true;

    /// <summary>How long a caller sent to voicemail takes to leave a message before hanging up; null waits for the control API.</summary>
    public TimeSpan? VoicemailMessageDuration { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>[U] <c>Eic_ObjectType</c> of the conference interaction on the agent's queue.</summary>
    public string ConferenceObjectType { get; set; } = "Conference";

    /// <summary>Whether account codes are enabled (Interaction Administrator); when they are, an unknown
    /// <c>accountCodeId</c> on a new call is refused, when not it is ignored.</summary>
    public bool AccountCodesEnabled { get; set; } = true;

    /// <summary>Most entries a directory lookup returns, whatever <c>maxEntries</c> asks.</summary>
    public int DirectoryMaxEntries { get; set; } = 50;
}

/// <summary>When a blind transfer leaves the transferring agent's queue.</summary>
public enum TransferCompletion
{
    WhenTargetConnects,
    Immediately,
}
