using System.Text.Json.Serialization;

namespace PureConnect.Simulators.CicServer.Messages;

// The unified-messaging subscriptions' messages (channels facts §4.2). The first message of the voicemail subscription lists every
// message of the box (isDelta false); later ones carry what was added, changed (read / unread) or removed.

public sealed record VoicemailMessagesMessage(
    bool IsDelta,
    IReadOnlyList<VoicemailMessageAdded>? VoicemailMessagesAdded,
    IReadOnlyList<VoicemailMessageChanged>? VoicemailMessagesChanged,
    IReadOnlyList<string>? VoicemailMessagesRemoved) : IcwsMessage(IsDelta);

/// <summary><c>voicemailMessageAdded</c> (W). <see cref="DurationSeconds"/> is a simulator addition ([U]: K1 declares no duration; a
/// real client may read it from the audio file); clients ignore what they do not know.</summary>
public sealed record VoicemailMessageAdded(
    string UnifiedMessageId,
    int State,
    DateTimeOffset DateReceived,
    string From,
    string Subject,
    IReadOnlyList<VoicemailAttachment> Attachments,
    int DurationSeconds)
{
    [JsonPropertyName("__type"), JsonPropertyOrder(-1)]
    public string Type => "urn:inin.com:unifiedMessaging:voicemailMessageAdded";
}

/// <summary><c>voicemailMessage</c> (W): a read state change.</summary>
public sealed record VoicemailMessageChanged(string UnifiedMessageId, int State)
{
    [JsonPropertyName("__type"), JsonPropertyOrder(-1)]
    public string Type => "urn:inin.com:unifiedMessaging:voicemailMessage";
}

public sealed record VoicemailAttachment(string FileUri, string FileName, string MimeType);

/// <summary><c>mwiMessage</c>: how many unheard messages wait.</summary>
public sealed record MwiMessage(bool IsDelta, int MessagesWaiting) : IcwsMessage(IsDelta);
