namespace PureConnect.Simulators.CicServer.Engine;

// Intercom chats (channels facts §1.5): a logged-in user starts a chat with another logged-in user. Each user has a leg on
// their own queue (the starter's connected at once, the target's alerting until picked up), both legs are members of the
// conversation, and texts and typing travel between them. Chat Mail: the message a user leaves for a user who is not
// logged in (the help: it is e-mailed to them); the simulator keeps it for the control API.
public sealed partial class CicEngine
{
    private readonly Dictionary<string, List<ChatMail>> _chatMail = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>POST interactions</c> with <c>createChatParameters {target}</c>: the starter's leg (answered as the new
    /// interaction's id) and the target's alerting leg. Both users need the Intercom Chat right; the target must be logged in.</summary>
    public string StartIntercomChat(Session session, string? target, IReadOnlyDictionary<string, string>? additionalAttributes = null) => Run(() =>
    {
        EnsureAlive(session);
        var starter = session.User;
        if (!starter.Rights.IntercomChat)
        {
            throw new IcwsErrorException(403, ErrorIds.IntercomChatRightMissing, $"The user '{starter.Id}' does not have the Intercom Chat right.");
        }

        var user = ChatTarget(starter, target);
        if (!user.Rights.IntercomChat)
        {
            throw new IcwsErrorException(403, ErrorIds.IntercomChatTargetRightMissing, $"The user '{user.Id}' does not have the Intercom Chat right.");
        }

        if (user.Sessions.Count == 0)
        {
            throw new IcwsErrorException(_options.Chats.IntercomTargetNotLoggedInStatus, _options.Chats.IntercomTargetNotLoggedInErrorId,
                $"The user '{user.Id}' is not logged in: leave a Chat Mail instead.");
        }

        var leg = NewIntercomLeg(user, "O");
        SetAdditionalAttributes(leg, additionalAttributes);
        leg.AssignUser(starter);
        starter.Interactions.Add(leg);
        leg.Set(Attr.UserName, starter.Id);
        leg.Set(Attr.LocalUserId, starter.Id);
        leg.Set(Attr.LocalAddress, starter.FirstStation?.Extension ?? starter.Extension);
        leg.Chat!.VisitorPresent = false;
        ConnectCall(leg);

        var offered = NewIntercomLeg(starter, "I");
        SetAdditionalAttributes(offered, additionalAttributes);
        (leg.Peer, offered.Peer) = (offered, leg);
        OfferTo(offered, user);
        return leg.Id;
    });

    /// <summary>[U] (no ICWS resource for Chat Mail is known) <c>POST chat-mail {target, text}</c>: a message e-mailed to
    /// <paramref name="target"/>, whether or not they are logged in.</summary>
    public void SendChatMail(Session session, string? target, string? text) => Run(() =>
    {
        EnsureAlive(session);
        var user = ChatTarget(session.User, target);
        if (text is null)
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "text is required.");
        }

        ValidateText(text, icws: true);
        if (!_chatMail.TryGetValue(user.Id, out var mailbox))
        {
            _chatMail[user.Id] = mailbox = [];
        }

        mailbox.Add(new ChatMail(session.UserId, session.UserDisplayName, user.Id, text, Now));
    });

    /// <summary>The Chat Mail "e-mailed" to a user, oldest first (control API).</summary>
    public IReadOnlyList<ChatMail> ChatMailOf(string userId) => Run(() =>
    {
        var user = _users.GetValueOrDefault(userId) ?? throw NotFound($"User '{userId}' does not exist.");
        return (IReadOnlyList<ChatMail>)[.. _chatMail.GetValueOrDefault(user.Id) ?? []];
    });

    private SimUser ChatTarget(SimUser from, string? target)
    {
        target = target?.Trim();
        if (string.IsNullOrEmpty(target))
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "target is required.");
        }

        var user = _users.GetValueOrDefault(target)
            ?? throw new IcwsErrorException(400, ErrorIds.InvalidTarget, $"'{target}' is not a user.");
        return user == from
            ? throw new IcwsErrorException(400, ErrorIds.InvalidTarget, "A user cannot chat with themselves.")
            : user;
    }

    private Interaction NewIntercomLeg(SimUser other, string direction)
    {
        var leg = NewInteraction(plan: null);
        leg.Set(Attr.ObjectType, ObjectTypes.Chat);
        leg.Set(Attr.CallDirection, direction);
        leg.Set(Attr.CallType, "I");
        leg.Set(Attr.RemoteAddress, other.Id);
        leg.Set(Attr.RemoteName, other.DisplayName);
        leg.Set(Attr.RemoteTnNormalized, "");
        leg.Chat = new ChatRoom(other.DisplayName, null, other.Id) { VisitorKind = ChatMemberKind.Internal };
        foreach (var attribute in (ReadOnlySpan<string>)[Attr.ChatLastExternalText, Attr.ChatLastExternalTextTime, Attr.ChatLastInternalText,
                     Attr.ChatLastInternalTextTime, Attr.ChatLastSystemText, Attr.ChatLastTypedUserType])
        {
            leg.Set(attribute, "");
        }

        leg.Set(Attr.ChatAnyUserTyping, "0");
        return leg;
    }

    /// <summary>The other user's leg of a live intercom chat, or null.</summary>
    private static Interaction? IntercomPeer(Interaction chat) =>
        chat.Chat is { IsIntercom: true } && chat.Peer is { Chat: not null, IsDisconnected: false } peer ? peer : null;
}

/// <summary>A Chat Mail message (control API).</summary>
public sealed record ChatMail(string From, string FromDisplayName, string To, string Text, DateTimeOffset SentAt);
