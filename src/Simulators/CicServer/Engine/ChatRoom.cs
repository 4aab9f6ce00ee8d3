namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>The chat side of a chat interaction (channels facts §1): the visitor, the agent who joined, the transcript
/// and the sessions subscribed to it. In an intercom chat each user's leg has its own room, whose "visitor" is the other
/// user (<see cref="VisitorKind"/> internal); texts and typing are mirrored between the two legs.</summary>
internal sealed class ChatRoom(string visitorName, string? visitorEmail, string visitorParticipantId)
{
    public string VisitorName { get; } = visitorName;

    public string? VisitorEmail { get; } = visitorEmail;

    /// <summary>The visitor's member id (<c>userId</c> of an external member; the web-chat participant id).</summary>
    public string VisitorParticipantId { get; } = visitorParticipantId;

    public bool VisitorPresent { get; set; } = true;

    /// <summary>The visitor's <c>chatMemberType</c>: external for a web visitor, internal for the other user of an intercom chat.</summary>
    public ChatMemberKind VisitorKind { get; init; } = ChatMemberKind.External;

    public bool IsIntercom => VisitorKind == ChatMemberKind.Internal;

    public bool VisitorTyping { get; set; }

    /// <summary>The agent in the chat (joined by pickup); null before and after.</summary>
    public SimUser? Agent { get; set; }

    public bool AgentTyping { get; set; }

    public List<ChatLine> Transcript { get; } = [];

    public HashSet<Session> Subscribers { get; } = [];
}

/// <summary>One transcript entry; <see cref="Kind"/> is the sender's <c>chatMemberType</c> as a server sees it
/// (1 system, 3 internal, 4 external). A file sent to the visitor is an entry whose <see cref="Text"/> is the file's name
/// (<c>messageType</c> 1, <see cref="IsFile"/>).</summary>
internal sealed record ChatLine(ChatMemberKind Kind, string UserId, string DisplayName, string Text, DateTimeOffset Timestamp, bool IsFile = false);

/// <summary><c>chatMemberType</c> (channels facts §1.3).</summary>
public enum ChatMemberKind
{
    None = 0,
    SystemMember = 1,
    CurrentUser = 2,
    Internal = 3,
    External = 4,
}
