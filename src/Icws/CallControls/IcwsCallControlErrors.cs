namespace PureConnect.Icws;

/// <summary>
/// Error ids of refused call controls, as the CIC simulator sends them ([U]: a real server's ids are not documented;
/// branch on <see cref="IcwsException.StatusCode"/> first and use these to tell refusals apart).
/// </summary>
public static class IcwsCallControlErrors
{
    /// <summary>The interaction is in a state that does not allow the command.</summary>
    public const string InvalidState = "error.request.interactions.invalidState";

    /// <summary>The transfer or consult target is not a user, workgroup, attendant profile or dialable number.</summary>
    public const string InvalidTarget = "error.request.interactions.invalidTarget";

    /// <summary>The attendant profile does not accept transferred calls.</summary>
    public const string TransferNotAllowed = "error.request.interactions.transferNotAllowed";

    /// <summary>Transfers to another user's voicemail are not supported.</summary>
    public const string VoicemailTransferNotSupported = "error.request.interactions.voicemailTransferNotSupported";

    /// <summary>Workgroups and attendant profiles are not consult targets.</summary>
    public const string ConsultTargetNotSupported = "error.request.interactions.consultTargetNotSupported";

    /// <summary>The interaction already has an active consult.</summary>
    public const string ConsultInProgress = "error.request.interactions.consultInProgress";

    /// <summary>The consult is over or never existed.</summary>
    public const string ConsultNotFound = "error.request.interactions.consultNotFound";

    /// <summary>The conference is over or never existed.</summary>
    public const string ConferenceNotFound = "error.request.interactions.conferenceNotFound";

    /// <summary>The interaction is already in a conference.</summary>
    public const string AlreadyInConference = "error.request.interactions.alreadyInConference";

    /// <summary>Dialer calls cannot be conferenced.</summary>
    public const string DialerCallNotConferenceable = "error.request.interactions.dialerCallNotConferenceable";

    /// <summary>A snippet recording is active: no ad hoc recording, no secure pause.</summary>
    public const string SnippetRecordingActive = "error.request.interactions.snippetRecordingActive";

    /// <summary>The interaction is securely paused.</summary>
    public const string SecurePauseActive = "error.request.interactions.securePauseActive";

    /// <summary>The user lacks the Record Interactions right (403).</summary>
    public const string RecordRightMissing = "error.request.accessDenied.recordInteractions";

    /// <summary>The user lacks the Snip Interactions right (403).</summary>
    public const string SnipRightMissing = "error.request.accessDenied.snipInteractions";

    /// <summary>The user has no Recorder Access license (403).</summary>
    public const string RecorderLicenseMissing = "error.request.license.recorderAccess";

    /// <summary>Assistance is only for ACD-routed interactions.</summary>
    public const string NotAcdInteraction = "error.request.interactions.notAcdInteraction";

    /// <summary>The interaction already has an active assistance request.</summary>
    public const string AssistanceAlreadyRequested = "error.request.interactions.assistanceAlreadyRequested";

    /// <summary>The DTMF digits are not valid.</summary>
    public const string InvalidDigits = "error.request.interactions.invalidDigits";

    /// <summary>The account code does not exist (account codes enabled).</summary>
    public const string InvalidAccountCode = "error.request.interactions.invalidAccountCode";
}
