using System.Collections.Immutable;
using PureConnect.Grains.Agents;

namespace PureConnect.Grains.Interactions.Chats;

/// <summary>
/// Chats (spec: "Chats"): the chat window shows all messages of the active chat from oldest to newest; a red number shows unread
/// messages; the agent types and sends texts once the chat is picked up; disconnect ends it. CIC's chat subscription reports members,
/// typing and texts (<see cref="Observe"/>, idempotent: a text already in the transcript is not added again, so a re-subscription
/// that repeats the transcript changes nothing); commands are judged by <see cref="Check"/>. Pure: time is passed in.
/// </summary>
public static class ChatRules
{
    public const string ObjectType = "Chat";

    /// <summary>The longest text an agent may send.</summary>
    public const int MaxTextLength = 2000;

    private const int SystemMember = 1;
    private const int CurrentUser = 2;
    private const int External = 4;

    public static bool IsChat(InteractionModel state) => string.Equals(state.ObjectType, ObjectType, StringComparison.OrdinalIgnoreCase);

    /// <summary>Who <paramref name="member"/> is for the owner <paramref name="owner"/>.</summary>
    public static ChatParty PartyOf(ObservedChatMember member, string? owner) => member.MemberType switch
    {
        SystemMember => ChatParty.System,
        External => ChatParty.Visitor,
        CurrentUser => ChatParty.Agent,
        _ when owner is not null && string.Equals(member.UserId, owner, StringComparison.OrdinalIgnoreCase) => ChatParty.Agent,
        _ => ChatParty.OtherUser,
    };

    public static IReadOnlyList<InteractionEvent> Observe(ChatState? state, string? owner, ChatObservation seen)
    {
        var known = state ?? ChatState.Initial;
        var events = new List<InteractionEvent>();
        var members = known.Members.ToDictionary(m => m.MemberId, StringComparer.OrdinalIgnoreCase);
        var at = seen.ObservedAt;
        foreach (var member in seen.Added.Concat(seen.Changed))
        {
            var party = PartyOf(member, owner);
            if (party == ChatParty.System)
            {
                continue;
            }

            if (!members.TryGetValue(member.UserId, out var current))
            {
                events.Add(new ChatMemberJoined(member.UserId, member.DisplayName, party, at));
                current = new ChatMemberView(member.UserId, member.DisplayName, party, false);
            }

            if (current.Typing != member.IsTyping)
            {
                events.Add(new ChatTypingChanged(member.UserId, member.IsTyping, at));
            }

            members[member.UserId] = current with { Typing = member.IsTyping };
        }

        foreach (var member in seen.Removed)
        {
            if (members.Remove(member.UserId))
            {
                events.Add(new ChatMemberLeft(member.UserId, at));
            }
        }

        var transcript = known.Transcript.Select(EntryKey).ToHashSet();
        foreach (var text in seen.Texts)
        {
            var party = PartyOf(text.Sender, owner);
            var entry = new ChatEntryView(text.Sender.UserId, text.Sender.DisplayName, party, text.Text, text.SentAt, text.IsFile);
            if (transcript.Add(EntryKey(entry)))
            {
                events.Add(new ChatTextAdded(entry.MemberId, entry.DisplayName, party, entry.Text, entry.SentAt, at, entry.IsFile));
            }
        }

        return events;
    }

    /// <summary>The owner read the chat: its unread count goes back to zero (nothing to record when it already is).</summary>
    public static IReadOnlyList<InteractionEvent> Read(InteractionModel state, string userId, DateTimeOffset at) =>
        IsChat(state) && state.UserId == userId && state.Chat is { Unread: > 0 } ? [new ChatRead(userId, at)] : [];

    /// <summary>Why <paramref name="command"/> may not be done now; null when it may.</summary>
    public static CommandResult? Check(InteractionModel state, ChatCommand command)
    {
        if (!IsChat(state))
        {
            return CommandResult.Fail("chat.notAChat", "That interaction is not a chat.");
        }

        if (state.UserId != command.UserId)
        {
            return CommandResult.Fail("interaction.notFound", "That interaction is not yours.");
        }

        if (state.IsEnded)
        {
            return CommandResult.Fail("chat.ended", "This chat has ended.");
        }

        if (state.Status is not (InteractionStatus.Connected or InteractionStatus.Held))
        {
            return CommandResult.Fail("chat.notPickedUp", "Pick up the chat first.");
        }

        return command.Kind switch
        {
            ChatCommandKind.SendText => CheckText(command.Text),
            ChatCommandKind.SendResponseFile => CheckFile(state, command.Text),
            _ => null,
        };
    }

    /// <summary>"You can send a file to a visitor who starts a chat session from your company's website (web chat). This function is not
    /// available when you are chatting with other CIC users (intercom chat). However, you can send text containing the file path."</summary>
    private static CommandResult? CheckFile(InteractionModel state, string? responseId)
    {
        if (state.Internal)
        {
            return CommandResult.Fail("chat.fileNotAllowed", "Files go only to web chat visitors: send another CIC user the file's path as text.");
        }

        return string.IsNullOrWhiteSpace(responseId) || responseId.Length > 100 || Text.ControlCharacters.Contains(responseId)
            ? CommandResult.Fail("responses.invalid", "That is not a response id.")
            : null;
    }

    /// <summary>Why <paramref name="text"/> cannot be sent: empty, a control character (other than line breaks and tabs; an unpaired surrogate), or too long.</summary>
    public static CommandResult? CheckText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CommandResult.Fail("chat.emptyText", "Type a message first.");
        }

        if (Text.ControlCharacters.Contains(text))
        {
            return CommandResult.Fail("chat.invalidText", "The message contains control characters.");
        }

        return text.Length > MaxTextLength
            ? CommandResult.Fail("chat.textTooLong", $"A message can be at most {MaxTextLength} characters long.")
            : null;
    }

    public static ChatState Evolve(ChatState? state, InteractionEvent @event)
    {
        var known = state ?? ChatState.Initial;
        return @event switch
        {
            ChatMemberJoined e => known with
            {
                Members = known.Members.RemoveAll(m => Same(m.MemberId, e.MemberId)).Add(new ChatMemberView(e.MemberId, e.DisplayName, e.Party, false)),
            },
            ChatMemberLeft e => known with { Members = known.Members.RemoveAll(m => Same(m.MemberId, e.MemberId)) },
            ChatTypingChanged e => known with
            {
                Members = known.Members.Select(m => Same(m.MemberId, e.MemberId) ? m with { Typing = e.Typing } : m).ToImmutableList(),
            },
            ChatTextAdded e => known with
            {
                Transcript = known.Transcript.Add(new ChatEntryView(e.MemberId, e.DisplayName, e.Party, e.Text, e.SentAt, e.IsFile)),
                Unread = e.Party is ChatParty.Visitor or ChatParty.OtherUser ? known.Unread + 1 : known.Unread,
            },
            ChatRead => known with { Unread = 0 },
            _ => known,
        };
    }

    public static ChatView View(ChatState? state)
    {
        var chat = state ?? ChatState.Initial;
        return new ChatView(chat.Transcript, chat.Members, chat.Unread);
    }

    private static (string, string, DateTimeOffset) EntryKey(ChatEntryView entry) => (entry.MemberId.ToUpperInvariant(), entry.Text, entry.SentAt);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
