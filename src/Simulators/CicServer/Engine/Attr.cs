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
    };
}
