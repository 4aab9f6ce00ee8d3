using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.Engine;

// Web chats (channels facts §1): a visitor's chat routed by the ACD like a call; picked up, the agent joins it; the chat
// subscription streams its members and texts; the agent sends texts and typing; either side leaves.
public sealed partial class CicEngine
{
    /// <summary>[U] The status code of a successful typing-indicator change (option <c>Chats:TypingIndicatorSuccessStatus</c>).</summary>
    public int ChatTypingSuccessStatus => _options.Chats.TypingIndicatorSuccessStatus;

    /// <summary>A visitor starts a web chat to a workgroup (what <c>web-chat/start</c> does on a real server), with a first text.</summary>
    public string InjectChat(string workgroup, string name, string? email, string? firstText) => Run(() =>
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Invalid("name is required.");
        }

        if (string.IsNullOrWhiteSpace(workgroup))
        {
            throw Invalid("workgroup is required.");
        }

        if (firstText is not null)
        {
            ValidateText(firstText);
        }

        var chat = InjectCallCore(string.IsNullOrWhiteSpace(email) ? name : email, name, workgroup, null, plan: null);
        chat.Set(Attr.ObjectType, ObjectTypes.Chat);
        chat.Set(Attr.RemoteTnNormalized, "");
        chat.Chat = new ChatRoom(name, string.IsNullOrWhiteSpace(email) ? null : email, Guid.NewGuid().ToString());
        foreach (var attribute in (ReadOnlySpan<string>)[Attr.ChatLastExternalText, Attr.ChatLastExternalTextTime, Attr.ChatLastInternalText,
                     Attr.ChatLastInternalTextTime, Attr.ChatLastSystemText, Attr.ChatLastTypedUserType])
        {
            chat.Set(attribute, "");
        }

        chat.Set(Attr.ChatAnyUserTyping, "0");
        if (!string.IsNullOrEmpty(firstText))
        {
            AddLine(chat, new ChatLine(ChatMemberKind.External, chat.Chat.VisitorParticipantId, name, firstText, Now));
        }

        return chat.Id;
    });

    /// <summary>The visitor sends a text.</summary>
    public void VisitorSays(string interactionId, string text) => Run(() =>
    {
        var chat = FindLiveChatForControl(interactionId);
        ValidateText(text);
        var room = chat.Chat!;
        room.VisitorTyping = false;
        AddLine(chat, new ChatLine(ChatMemberKind.External, room.VisitorParticipantId, room.VisitorName, text, Now));
        TypingChanged(chat, agent: false);
    });

    /// <summary>The visitor starts or stops typing.</summary>
    public void VisitorTyping(string interactionId, bool typing) => Run(() =>
    {
        var chat = FindLiveChatForControl(interactionId);
        chat.Chat!.VisitorTyping = typing;
        TypingChanged(chat, agent: false);
    });

    /// <summary>The visitor leaves: the chat ends (remote disconnect).</summary>
    public void VisitorLeaves(string interactionId) => Run(() => DisconnectCall(FindLiveChatForControl(interactionId), remote: true));

    /// <summary>The transcript, oldest first (control API).</summary>
    public IReadOnlyList<ChatText> ChatTranscript(string interactionId) => Run(() =>
    {
        var chat = FindForControl(interactionId);
        var room = chat.Chat ?? throw Invalid($"Interaction {interactionId} is not a chat.");
        return room.Transcript.Select(line => ToText(chat, line, viewer: null)).ToList();
    });

    /// <summary><c>PUT messaging/subscriptions/interactions/{id}/chat</c>: the members now, then the transcript so far
    /// (option) and every change after. The owner, or a user who may monitor queues (a supervisor; [U] which right CIC asks).</summary>
    public void SubscribeChat(Session session, string interactionId) => Run(() =>
    {
        EnsureAlive(session);
        var chat = FindInteraction(interactionId);
        if (chat.User != session.User && !session.User.CanMonitorQueues)
        {
            throw NotYourInteraction(interactionId);
        }

        if (chat.Chat is null)
        {
            throw new IcwsErrorException(400, ErrorIds.NotAChat, $"The interaction {interactionId} is not a chat.");
        }

        if (chat.IsDisconnected)
        {
            throw new IcwsErrorException(410, ErrorIds.InvalidState, $"The chat {interactionId} has ended.");
        }

        var room = chat.Chat!;
        room.Subscribers.Add(session);
        session.Enqueue(new ChatMembersMessage(false, chat.Id, Members(chat, session), [], []));
        var texts = _options.Chats.SubscriptionSendsTranscript
            ? room.Transcript.Select(line => ToText(chat, line, session)).ToList()
            : [];
        session.Enqueue(new ChatContentsMessage(false, chat.Id, texts));
    });

    public void UnsubscribeChat(Session session, string interactionId) => Run(() =>
    {
        EnsureAlive(session);
        if (_interactions.TryGetValue(interactionId, out var chat))
        {
            chat.Chat?.Subscribers.Remove(session);
        }
    });

    /// <summary><c>POST interactions/{id}/chat/messages</c>: the agent's text (connected chats only).</summary>
    public void AgentSays(Session session, string interactionId, string? text, bool clearTyping) => Run(() =>
    {
        var chat = FindOwnedChat(session, interactionId);
        if (chat.State != CallStates.Connected)
        {
            throw InvalidState(chat, "send a text in");
        }

        if (text is null)
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "text is required.");
        }

        ValidateText(text, icws: true);
        var line = new ChatLine(ChatMemberKind.Internal, session.UserId, session.UserDisplayName, text, Now);
        AddLine(chat, line);
        if (IntercomPeer(chat) is { } peer)
        {
            AddLine(peer, line);
        }

        if (clearTyping && chat.Chat!.AgentTyping)
        {
            SetAgentTyping(chat, false);
        }
    });

    /// <summary><c>POST interactions/{id}/chat/send-response-management-file {itemId}</c>: a File response goes to the web visitor; the
    /// transcript gets a file entry (<c>messageType</c> 1) named after the file. [U] An intercom chat refuses it (400): the help says files
    /// go only to web chat visitors.</summary>
    public void AgentSendsFile(Session session, string interactionId, string fileName) => Run(() =>
    {
        var chat = FindOwnedChat(session, interactionId);
        if (chat.State != CallStates.Connected)
        {
            throw InvalidState(chat, "send a file in");
        }

        if (chat.Chat!.IsIntercom)
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "Files can be sent only to web chat visitors, not in an intercom chat.");
        }

        AddLine(chat, new ChatLine(ChatMemberKind.Internal, session.UserId, session.UserDisplayName, fileName, Now, IsFile: true));
    });

    /// <summary><c>PUT interactions/{id}/chat/typing-indicator {on}</c>.</summary>
    public void AgentTyping(Session session, string interactionId, bool on) => Run(() =>
    {
        var chat = FindOwnedChat(session, interactionId);
        if (chat.State != CallStates.Connected)
        {
            throw InvalidState(chat, "type in");
        }

        SetAgentTyping(chat, on);
    });

    private void SetAgentTyping(Interaction chat, bool on)
    {
        chat.Chat!.AgentTyping = on;
        TypingChanged(chat, agent: true);
        if (IntercomPeer(chat) is { } peer)
        {
            peer.Chat!.VisitorTyping = on;
            TypingChanged(peer, agent: false);
        }
    }

    private void JoinChat(Interaction chat)
    {
        var room = chat.Chat!;
        if (chat.User is not { } agent || room.Agent == agent)
        {
            return;
        }

        room.Agent = agent;
        Broadcast(chat, viewer => new ChatMembersMessage(true, chat.Id, [AgentMember(chat, viewer)], [], []));
        var joined = _options.Chats.SystemTexts ? SystemLine($"{agent.DisplayName} has joined the conversation.") : null;
        if (joined is not null)
        {
            AddLine(chat, joined);
        }

        // Intercom: the other user's leg now has this user as its member ("visitor").
        if (IntercomPeer(chat) is { Chat: { VisitorPresent: false } peerRoom } peer)
        {
            peerRoom.VisitorPresent = true;
            Broadcast(peer, _ => new ChatMembersMessage(true, peer.Id, [VisitorMember(peer, typing: false)], [], []));
            if (joined is not null)
            {
                AddLine(peer, joined);
            }
        }
    }

    private void EndChat(Interaction chat, bool remote)
    {
        var room = chat.Chat!;
        if (_options.Chats.SystemTexts)
        {
            AddLine(chat, SystemLine(remote ? $"{room.VisitorName} has left the conversation." : $"{room.Agent?.DisplayName ?? "The agent"} has left the conversation."));
        }

        var removed = remote ? VisitorMember(chat, typing: false) : null;
        room.VisitorPresent &= !remote;
        room.VisitorTyping = false;
        room.AgentTyping = false;
        chat.Set(Attr.ChatAnyUserTyping, "0");
        Broadcast(chat, viewer => new ChatMembersMessage(true, chat.Id, [], [],
            removed is not null ? [removed] : room.Agent is null ? [] : [AgentMember(chat, viewer)]));
        room.Agent = null;
        room.Subscribers.Clear();
    }

    private void AddLine(Interaction chat, ChatLine line)
    {
        var room = chat.Chat!;
        room.Transcript.Add(line);
        var (text, time) = line.Kind switch
        {
            ChatMemberKind.External => (Attr.ChatLastExternalText, Attr.ChatLastExternalTextTime),
            ChatMemberKind.SystemMember => (Attr.ChatLastSystemText, null),
            _ => (Attr.ChatLastInternalText, Attr.ChatLastInternalTextTime),
        };
        chat.Set(text, line.Text);
        if (time is not null)
        {
            chat.Set(time, IcwsTime.Compact(line.Timestamp));
        }

        Broadcast(chat, viewer => new ChatContentsMessage(true, chat.Id, [ToText(chat, line, viewer)]));
    }

    private void TypingChanged(Interaction chat, bool agent)
    {
        var room = chat.Chat!;
        chat.Set(Attr.ChatAnyUserTyping, room.VisitorTyping || room.AgentTyping ? "1" : "0");
        if (room.VisitorTyping || room.AgentTyping)
        {
            chat.Set(Attr.ChatLastTypedUserType, agent || room.IsIntercom ? "Internal" : "External");
        }

        Broadcast(chat, viewer => new ChatMembersMessage(true, chat.Id, [], [agent ? AgentMember(chat, viewer) : VisitorMember(chat, room.VisitorTyping)], []));
    }

    private static void Broadcast(Interaction chat, Func<Session, IcwsMessage> message)
    {
        foreach (var session in chat.Chat!.Subscribers)
        {
            if (!session.IsClosed)
            {
                session.Enqueue(message(session));
            }
        }
    }

    private static List<FullChatMember> Members(Interaction chat, Session viewer)
    {
        var room = chat.Chat!;
        var members = new List<FullChatMember>();
        if (room.VisitorPresent)
        {
            members.Add(VisitorMember(chat, room.VisitorTyping));
        }

        if (room.Agent is not null)
        {
            members.Add(AgentMember(chat, viewer));
        }

        return members;
    }

    private static FullChatMember VisitorMember(Interaction chat, bool typing) =>
        new((int)chat.Chat!.VisitorKind, chat.Chat.VisitorName, chat.Id, chat.Chat.VisitorParticipantId, typing);

    private static FullChatMember AgentMember(Interaction chat, Session viewer)
    {
        var agent = chat.Chat!.Agent ?? viewer.User;
        var kind = agent == viewer.User ? ChatMemberKind.CurrentUser : ChatMemberKind.Internal;
        return new FullChatMember((int)kind, agent.DisplayName, chat.Id, agent.Id, chat.Chat.AgentTyping);
    }

    private static ChatText ToText(Interaction chat, ChatLine line, Session? viewer)
    {
        var kind = line.Kind == ChatMemberKind.Internal && viewer is not null && line.UserId == viewer.UserId ? ChatMemberKind.CurrentUser : line.Kind;
        return new ChatText(new ChatMemberInfo((int)kind, line.DisplayName, chat.Id, line.UserId), line.Text, line.Timestamp, line.IsFile ? 1 : 0);
    }

    private ChatLine SystemLine(string text) => new(ChatMemberKind.SystemMember, "", "System", text, Now);

    private void ValidateText(string text, bool icws = false)
    {
        var problem = string.IsNullOrWhiteSpace(text) ? "text cannot be empty."
            : text.Length > _options.Chats.MaxTextLength ? $"text cannot be longer than {_options.Chats.MaxTextLength} characters."
            : null;
        if (problem is not null)
        {
            throw icws ? new IcwsErrorException(400, ErrorIds.InvalidRepresentation, problem) : Invalid(problem);
        }
    }

    private Interaction FindLiveChatForControl(string interactionId)
    {
        var chat = FindForControl(interactionId);
        if (chat.Chat is null)
        {
            throw Invalid($"Interaction {interactionId} is not a chat.");
        }

        if (chat.Chat.IsIntercom)
        {
            throw Invalid($"Chat {interactionId} is an intercom chat: its users talk over their own sessions.");
        }

        return chat.IsDisconnected ? throw Conflict($"Chat {interactionId} has ended.") : chat;
    }

    private Interaction FindOwnedChat(Session session, string interactionId)
    {
        var chat = FindOwned(session, interactionId);
        return chat.Chat is not null
            ? chat
            : throw new IcwsErrorException(400, ErrorIds.NotAChat, $"The interaction {interactionId} is not a chat.");
    }
}
