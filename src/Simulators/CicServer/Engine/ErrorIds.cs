namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>
/// Error ids the simulator sends. The first two are documented (reference §1.1, §2.1); the rest follow
/// the same naming pattern because the reference gives none for those cases.
/// </summary>
public static class ErrorIds
{
    public const string AuthenticationFailure = "error.request.connection.authenticationFailure";
    public const string NoStation = "error.request.noStation";
    public const string Unsupported = "error.request.unsupported";
    public const string InvalidRepresentation = "error.request.invalidRepresentation";
    public const string MissingHeader = "error.request.missingHeader";
    public const string AccessDenied = "error.request.accessDenied";
    public const string PasswordPolicy = "error.request.security.passwordPolicy";
    public const string InvalidSession = "error.request.connection.invalidSession";
    public const string MissingSessionCookie = "error.request.connection.missingSessionCookie";
    public const string MissingCsrfToken = "error.request.connection.missingCsrfToken";
    public const string FeatureNotFound = "error.request.connection.featureNotFound";
    public const string UserNotFound = "error.request.userNotFound";
    public const string WorkgroupNotFound = "error.request.workgroupNotFound";
    public const string InvalidStatus = "error.request.status.invalidStatus";
    public const string StatusNotAllowed = "error.request.status.statusNotAllowed";
    public const string ForwardNumberRequired = "error.request.status.forwardNumberRequired";
    public const string QueueNotFound = "error.request.queues.queueNotFound";
    public const string UnsupportedQueueType = "error.request.queues.unsupportedQueueType";
    public const string InteractionNotFound = "error.request.interactions.interactionNotFound";
    public const string InvalidState = "error.request.interactions.invalidState";
    public const string InvalidTarget = "error.request.interactions.invalidTarget";
    public const string ReadOnlyAttribute = "error.request.interactions.readOnlyAttribute";
    public const string InvalidWrapUpCode = "error.request.interactions.invalidWrapUpCode";
    public const string InvalidAccountCode = "error.request.interactions.invalidAccountCode";
    public const string TransferNotAllowed = "error.request.interactions.transferNotAllowed";
    public const string VoicemailTransferNotSupported = "error.request.interactions.voicemailTransferNotSupported";
    public const string ConsultTargetNotSupported = "error.request.interactions.consultTargetNotSupported";
    public const string ConsultInProgress = "error.request.interactions.consultInProgress";
    public const string ConsultNotFound = "error.request.interactions.consultNotFound";
    public const string ConferenceNotFound = "error.request.interactions.conferenceNotFound";
    public const string AlreadyInConference = "error.request.interactions.alreadyInConference";
    public const string DialerCallNotConferenceable = "error.request.interactions.dialerCallNotConferenceable";
    public const string SnippetRecordingActive = "error.request.interactions.snippetRecordingActive";
    public const string SecurePauseActive = "error.request.interactions.securePauseActive";
    public const string SnippetRecordingsDisabled = "error.request.interactions.snippetRecordingsDisabled";
    public const string RecordRightMissing = "error.request.accessDenied.recordInteractions";
    public const string SnipRightMissing = "error.request.accessDenied.snipInteractions";
    public const string RecorderLicenseMissing = "error.request.license.recorderAccess";
    public const string AssistanceRightMissing = "error.request.accessDenied.requestAssistance";
    public const string NotAcdInteraction = "error.request.interactions.notAcdInteraction";

    /// <summary>Simulator's choice: a callback command on an interaction that is not a callback.</summary>
    public const string NotACallback = "error.request.interactions.notACallback";

    /// <summary>Simulator's choice: a chat command on an interaction that is not a chat (facts §1.4: 400).</summary>
    public const string NotAChat = "error.request.interactions.notAChat";
    /// <summary>Simulator's choices for email refusals (facts §2 give status codes, no error ids).</summary>
    public const string NotAnEmail = "error.request.interactions.notAnEmail";
    public const string EmailNotEditable = "error.request.interactions.email.notEditable";
    public const string EmailOpenResponses = "error.request.interactions.email.openResponses";
    public const string EmailResponseNotSupported = "error.request.interactions.email.responseTypeNotSupported";
    public const string EmailRecipientRefused = "error.request.interactions.email.recipientRefused";
    public const string EmailNoRecipients = "error.request.interactions.email.noRecipients";
    public const string EmailAttachmentTooLarge = "error.request.interactions.email.attachmentTooLarge";
    public const string EmailAttachmentNotFound = "error.request.interactions.email.attachmentNotFound";
    public const string AssistanceAlreadyRequested = "error.request.interactions.assistanceAlreadyRequested";
    public const string InvalidDigits = "error.request.interactions.invalidDigits";
    public const string ConfigurationNotFound = "error.request.configuration.notFound";
    public const string DialerLicenseMissing = "error.request.license.dialer";
    public const string LogonCampaignRightMissing = "error.request.accessDenied.logonCampaign";
    public const string DialerNotLoggedIn = "error.request.dialer.notLoggedIn";
    public const string CampaignNotAvailable = "error.request.dialer.campaignNotAvailable";
    public const string NoDialerCall = "error.request.dialer.noCallToDisposition";
    public const string InvalidDisposition = "error.request.dialer.invalidDisposition";
    public const string InvalidScheduledTime = "error.request.dialer.invalidScheduledTime";
    public const string NoPreviewCall = "error.request.dialer.noPreviewCall";
    public const string InvalidBreakState = "error.request.dialer.invalidBreakState";
    /// <summary>Simulator's choices for Response Management refusals (channels facts §6 gives no error ids).</summary>
    public const string ResponseManagementRightMissing = "error.request.accessDenied.responseManagement";
    public const string ResponseLibraryNotFound = "error.request.responseManagement.libraryNotFound";
    public const string InvalidResponseLibrary = "error.request.responseManagement.invalidLibrary";
    /// <summary>Simulator's choices for intercom chat and Chat Mail refusals (channels facts §1.5 gives no error ids).</summary>
    public const string IntercomChatRightMissing = "error.request.accessDenied.intercomChat";
    public const string IntercomChatTargetRightMissing = "error.request.interactions.chat.targetCannotChat";
    public const string UnifiedMessageNotFound = "error.request.unifiedMessaging.messageNotFound";
    public const string InjectedFault = "error.simulator.injectedFault";
    public const string ControlNotFound = "error.control.notFound";
    public const string ControlConflict = "error.control.conflict";
    public const string ControlInvalid = "error.control.invalid";
}
