namespace PureConnect.Icws.Messages;

/// <summary>The <c>__type</c> URNs of the messages this client models.</summary>
public static class IcwsMessageTypes
{
    /// <summary><c>queueContentsMessage</c>.</summary>
    public const string QueueContents = "urn:inin.com:queues:queueContentsMessage";

    /// <summary><c>queueSubscriptionStateMessage</c>.</summary>
    public const string QueueSubscriptionState = "urn:inin.com:queues:queueSubscriptionStateMessage";

    /// <summary><c>userStatusMessage</c>.</summary>
    public const string UserStatus = "urn:inin.com:status:userStatusMessage";

    /// <summary><c>statusMessagesMessage</c>.</summary>
    public const string StatusMessages = "urn:inin.com:status:statusMessagesMessage";

    /// <summary><c>connectionStateChangeMessage</c>.</summary>
    public const string ConnectionStateChange = "urn:inin.com:connection:connectionStateChangeMessage";

    /// <summary><c>stationConnectionStateChangeMessage</c>.</summary>
    public const string StationConnectionStateChange = "urn:inin.com:connection:stationConnectionStateChangeMessage";

    /// <summary><c>asyncOperationCompletedMessage</c>: the outcome of a request the server answered 202.</summary>
    public const string AsyncOperationCompleted = "urn:inin.com:messaging:asyncOperationCompletedMessage";

    public const string DialerDataPop = "urn:inin.com:dialer:dataPopMessage";

    public const string DialerAvailableCampaigns = "urn:inin.com:dialer:availableCampaignsMessage";

    public const string DialerBreakStatus = "urn:inin.com:dialer:breakStatusMessage";

    public const string DialerLogoutGranted = "urn:inin.com:dialer:logoutGrantedMessage";

    public const string DialerAutoLogin = "urn:inin.com:dialer:autoLoginMessage";

    public const string DialerAutoLogout = "urn:inin.com:dialer:autoLogoutMessage";

    public const string DialerServerConnection = "urn:inin.com:dialer:outboundServerConnectionStateChangeMessage";

    /// <summary><c>chatMembersMessage</c> (channels facts §1.3).</summary>
    public const string ChatMembers = "urn:inin.com:interactions.chat:chatMembersMessage";

    /// <summary><c>chatContentsMessage</c> (channels facts §1.3).</summary>
    public const string ChatContents = "urn:inin.com:interactions.chat:chatContentsMessage";

    /// <summary><c>responseManagementMessage</c> (channels facts §6.1).</summary>
    public const string VoicemailMessages = "urn:inin.com:unifiedMessaging:voicemailMessagesMessage";
    public const string MessagesWaiting = "urn:inin.com:unifiedMessaging:mwiMessage";
    public const string ResponseManagement = "urn:inin.com:responseManagement:responseManagementMessage";

    /// <summary><c>callbackMessage</c> (facts §5.2, channels facts §3.2).</summary>
    public const string Callback = "urn:inin.com:interactions.callback:callbackMessage";
    /// <summary><c>emailContentsMessage</c> (channels facts §2.2).</summary>
    public const string EmailContents = "urn:inin.com:interactions.email:emailContentsMessage";

    /// <summary><c>emailUploadFileStatusMessage</c> (channels facts §2.3).</summary>
    public const string EmailUploadFileStatus = "urn:inin.com:interactions.email:emailUploadFileStatusMessage";
}
