namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>Names of the interaction attributes the simulator maintains (reference §8).</summary>
public static class Attr
{
    public const string CallId = "Eic_CallId";
    public const string CallIdKey = "Eic_CallIdKey";
    public const string State = "Eic_State";
    public const string CallStateString = "Eic_CallStateString";
    public const string CallDirection = "Eic_CallDirection";
    public const string CallType = "Eic_CallType";
    public const string ObjectType = "Eic_ObjectType";
    public const string RemoteAddress = "Eic_RemoteAddress";
    public const string RemoteName = "Eic_RemoteName";
    public const string RemoteTnNormalized = "Eic_RemoteTnNormalized";
    public const string LocalAddress = "Eic_LocalAddress";
    public const string LocalUserId = "Eic_LocalUserId";
    public const string UserName = "Eic_UserName";
    public const string WorkgroupName = "Eic_WorkgroupName";
    public const string Muted = "Eic_Muted";
    public const string InitiationTime = "Eic_InitiationTime";
    public const string ConnectTime = "Eic_ConnectTime";
    public const string TerminationTime = "Eic_TerminationTime";
    public const string ConferenceId = "Eic_ConferenceId";
    public const string Capabilities = "Eic_Capabilities";
    public const string AccountCode = "Eic_AccountCode";
    public const string Recorders = "Eic_Recorders";
    public const string RecordersSupervisor = "Eic_RecordersSupv";
    public const string SnippetRecordingId = "Eic_IRSnippetRecordingId";
    public const string SecurePauseStartTime = "Eic_SecureRecordingPauseStartTime";
    public const string RecordingsAutoResumeTime = "Eic_RecordingsAutoResumeTime";

    /// <summary>[U] name from the reference's guesses: on a consulted call, the other call of the consult.</summary>
    public const string ConsultTransferCallId = "Eic_ConsultTransferCallId";

    /// <summary>Simulator's choice (no source names one): on the conference interaction, how many members are still in it.</summary>
    public const string ConferenceMemberCount = "Eic_ConferenceMemberCount";

    /// <summary>Callback attributes (channels facts §3.1): the number to call back, the completion, its display text, and
    /// the call the agent placed to the number.</summary>
    public const string CallbackPhone = "Eic_CallbackPhone";
    public const string CallbackCompletion = "Eic_CallbackCompletion";
    public const string CallbackCompletionDisplay = "Eic_CallbackCompletionDisplay";
    public const string CallbackAssociatedCallId = "Eic_CallbackAssociatedCallId";
    public const string Subject = "Eic_Subject";

    /// <summary>[U] name only in the facts: on the call placed from a callback, the callback's id.</summary>
    public const string AssociatedCallbackId = "Eic_AssociatedClbId";

    /// <summary>Simulator's choice (ICWS carries them in <c>callbackMessage</c>): retries made and allowed.</summary>
    public const string CallbackAttempts = "Eic_CallbackAttempts";
    public const string CallbackMaxAttempts = "Eic_CallbackMaxAttempts";

    /// <summary>Chat attributes (channels facts §1.1; names certain, meanings [U]): the last text of each side and when,
    /// whether anyone types, the visitor's e-mail address (simulator's choice: <c>Eic_RemoteAddress</c> carries it too).</summary>
    public const string ChatAnyUserTyping = "Eic_WSAnyChatUserTyping";
    public const string ChatLastExternalText = "Eic_WSLastExternalUserText";
    public const string ChatLastExternalTextTime = "Eic_WSLastExternalUserTextTime";
    public const string ChatLastInternalText = "Eic_WSLastInternalUserText";
    public const string ChatLastInternalTextTime = "Eic_WSLastInternalUserTextTime";
    public const string ChatLastSystemText = "Eic_WSLastSystemText";
    public const string ChatLastTypedUserType = "Eic_WSLastTypedUserType";

    /// <summary>Email attributes (channels facts §2.1; names certain, values simulator's choice: plain strings, children
    /// and attachments joined with <c>|</c>).</summary>
    public const string EmailSubject = "Eic_EmailSubject";
    public const string EmailType = "Eic_EmailType";
    public const string EmailParent = "Eic_EmailParent";
    public const string EmailChildren = "Eic_EmailChildren";
    public const string EmailAttachments = "Eic_EmailAttachments";
    public const string EmailMailbox = "Eic_EmailMailbox";
    public const string EmailConversationId = "Eic_EmailConversationID";

    /// <summary>Dialer contact-column attribute (reference §8.4); a call carrying it is a Dialer call.</summary>
    public const string DialerCampaignId = "is_attr_campaignid";

    /// <summary>Simulator only: "1" when a preview call was placed by its timer (the client's <c>callInitiatedByTimer</c>).</summary>
    public const string DialerPlacedByTimer = "is_attr_previewplacedbytimer";

    /// <summary>Attributes only the server writes; clients get 400 when they try to set them.</summary>
    public static readonly IReadOnlySet<string> Maintained = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        CallId, CallIdKey, State, CallStateString, CallDirection, CallType, ObjectType, RemoteAddress,
        RemoteName, RemoteTnNormalized, LocalAddress, LocalUserId, UserName, WorkgroupName, Muted,
        InitiationTime, ConnectTime, TerminationTime, ConferenceId, Capabilities, AccountCode, Recorders, RecordersSupervisor,
        SnippetRecordingId, SecurePauseStartTime, RecordingsAutoResumeTime, ConsultTransferCallId, ConferenceMemberCount,
        CallbackPhone, CallbackCompletion, CallbackCompletionDisplay, CallbackAssociatedCallId, AssociatedCallbackId, CallbackAttempts,
        CallbackMaxAttempts, ChatAnyUserTyping, ChatLastExternalText, ChatLastExternalTextTime, ChatLastInternalText,
        ChatLastInternalTextTime, ChatLastSystemText, ChatLastTypedUserType,
        EmailSubject, EmailType, EmailParent, EmailChildren, EmailAttachments, EmailMailbox, EmailConversationId,
    };
}
