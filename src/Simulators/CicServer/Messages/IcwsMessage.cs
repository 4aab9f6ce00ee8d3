using System.Text.Json.Serialization;

namespace PureConnect.Simulators.CicServer.Messages;

/// <summary>
/// A message queued for a session's event channel. Serialized as the base type, System.Text.Json writes
/// the <c>__type</c> URN first, then <c>isDelta</c>. <see cref="RawMessage"/> is written verbatim.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "__type")]
[JsonDerivedType(typeof(QueueContentsMessage), "urn:inin.com:queues:queueContentsMessage")]
[JsonDerivedType(typeof(QueueSubscriptionStateMessage), "urn:inin.com:queues:queueSubscriptionStateMessage")]
[JsonDerivedType(typeof(UserStatusMessage), "urn:inin.com:status:userStatusMessage")]
[JsonDerivedType(typeof(StatusMessagesMessage), "urn:inin.com:status:statusMessagesMessage")]
[JsonDerivedType(typeof(ConnectionStateChangeMessage), "urn:inin.com:connection:connectionStateChangeMessage")]
[JsonDerivedType(typeof(StationConnectionStateChangeMessage), "urn:inin.com:connection:stationConnectionStateChangeMessage")]
[JsonDerivedType(typeof(AsyncOperationCompletedMessage), "urn:inin.com:messaging:asyncOperationCompletedMessage")]
[JsonDerivedType(typeof(DataPopMessage), "urn:inin.com:dialer:dataPopMessage")]
[JsonDerivedType(typeof(AvailableCampaignsMessage), "urn:inin.com:dialer:availableCampaignsMessage")]
[JsonDerivedType(typeof(BreakStatusMessage), "urn:inin.com:dialer:breakStatusMessage")]
[JsonDerivedType(typeof(LogoutGrantedMessage), "urn:inin.com:dialer:logoutGrantedMessage")]
[JsonDerivedType(typeof(AutoLoginMessage), "urn:inin.com:dialer:autoLoginMessage")]
[JsonDerivedType(typeof(AutoLogoutMessage), "urn:inin.com:dialer:autoLogoutMessage")]
[JsonDerivedType(typeof(ChatMembersMessage), "urn:inin.com:interactions.chat:chatMembersMessage")]
[JsonDerivedType(typeof(ChatContentsMessage), "urn:inin.com:interactions.chat:chatContentsMessage")]
[JsonDerivedType(typeof(CallbackMessage), "urn:inin.com:interactions.callback:callbackMessage")]
[JsonDerivedType(typeof(EmailContentsMessage), "urn:inin.com:interactions.email:emailContentsMessage")]
[JsonDerivedType(typeof(EmailUploadFileStatusMessage), "urn:inin.com:interactions.email:emailUploadFileStatusMessage")]
[JsonDerivedType(typeof(ResponseManagementMessage), "urn:inin.com:responseManagement:responseManagementMessage")]
[JsonDerivedType(typeof(OutboundServerConnectionStateChangeMessage), "urn:inin.com:dialer:outboundServerConnectionStateChangeMessage")]
[JsonDerivedType(typeof(VoicemailMessagesMessage), "urn:inin.com:unifiedMessaging:voicemailMessagesMessage")]
[JsonDerivedType(typeof(MwiMessage), "urn:inin.com:unifiedMessaging:mwiMessage")]
public abstract record IcwsMessage([property: JsonPropertyOrder(-1)] bool IsDelta);
