using PureConnect.Icws.Messages;

namespace PureConnect.Icws.Voicemail;

/// <summary>One voicemail message of the user's box (channels facts §4.2 <c>voicemailMessageAdded</c>): unread until played or marked
/// read; <see cref="Duration"/> when the server says (K1 declares no duration field).</summary>
public sealed record VoicemailMessage(
    string Id, bool Read, DateTimeOffset? ReceivedAt, string From, string Subject, TimeSpan? Duration, IReadOnlyList<VoicemailFile> Files);

/// <summary>An attachment of a voicemail message: where to download it, its file name and type.</summary>
public sealed record VoicemailFile(string Uri, string FileName, string? MimeType);

/// <summary>The box as this session knows it: the messages, and the message-waiting count (unheard messages).</summary>
public sealed record VoicemailBoxView(IReadOnlyList<VoicemailMessage> Messages, int Waiting);

/// <summary>A downloaded voicemail file.</summary>
public sealed record VoicemailDownload(byte[] Content, string ContentType, string FileName);

/// <summary><c>urn:inin.com:unifiedMessaging:voicemailMessagesMessage</c>: messages added, read state changes, messages removed.</summary>
public sealed record VoicemailMessagesMessage(
    bool Full, IReadOnlyList<VoicemailMessage> Added, IReadOnlyList<(string Id, bool Read)> Changed, IReadOnlyList<string> Removed)
    : IcwsMessage(IcwsMessageTypes.VoicemailMessages, !Full);
