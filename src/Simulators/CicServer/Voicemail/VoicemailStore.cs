using System.Globalization;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.Voicemail;

/// <summary>
/// Voicemail (channels facts §4): one box per user, kept in memory; each message has its caller, time, duration and a WAV file, and is
/// unread until played or marked read. A session subscribes to its own user's box (the voicemail messages and the message-waiting
/// count) and acts only on its own user's messages: another user's message id is unknown to it (404).
/// </summary>
public sealed class VoicemailStore(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<VoicemailEntry>> _boxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Session> _messageWatchers = [];
    private readonly Dictionary<string, Session> _mwiWatchers = [];
    private readonly List<VoicemailPlay> _plays = [];
    private int _next;

    /// <summary>Control API: a caller leaves a message of <paramref name="duration"/> for <paramref name="userId"/>.</summary>
    public VoicemailEntry Drop(string userId, string from, string? subject, TimeSpan duration)
    {
        lock (_gate)
        {
            var id = "vm-" + (++_next).ToString("D6", CultureInfo.InvariantCulture);
            var entry = new VoicemailEntry(id, userId, from, subject is { Length: > 0 } s ? s : $"Voice mail from {from}", time.GetUtcNow(), duration,
                VoicemailAudio.Tone(duration));
            BoxOf(userId).Add(entry);
            Publish(userId, new VoicemailMessagesMessage(true, [Added(entry, null)], null, null), addedEntry: entry);
            return entry;
        }
    }

    /// <summary>Control API: the box of a user, and the plays asked for, oldest first.</summary>
    public (IReadOnlyList<VoicemailEntry> Messages, IReadOnlyList<VoicemailPlay> Plays) Box(string userId)
    {
        lock (_gate)
        {
            return ([.. BoxOf(userId)], [.. _plays.Where(p => string.Equals(p.UserId, userId, StringComparison.OrdinalIgnoreCase))]);
        }
    }

    public void SubscribeMessages(Session session)
    {
        lock (_gate)
        {
            _messageWatchers[session.Id] = session;
            session.Enqueue(new VoicemailMessagesMessage(false, [.. BoxOf(session.UserId).Select(e => Added(e, session))], null, null));
        }
    }

    public void UnsubscribeMessages(Session session)
    {
        lock (_gate)
        {
            _messageWatchers.Remove(session.Id);
        }
    }

    public void SubscribeMwi(Session session)
    {
        lock (_gate)
        {
            _mwiWatchers[session.Id] = session;
            session.Enqueue(new MwiMessage(false, Waiting(session.UserId)));
        }
    }

    public void UnsubscribeMwi(Session session)
    {
        lock (_gate)
        {
            _mwiWatchers.Remove(session.Id);
        }
    }

    /// <summary><c>PUT unified-messaging/messages-waiting-indicator/count-refresh</c>: the count again to the session's MWI subscription.</summary>
    public void RefreshMwi(Session session)
    {
        lock (_gate)
        {
            if (_mwiWatchers.ContainsKey(session.Id))
            {
                session.Enqueue(new MwiMessage(true, Waiting(session.UserId)));
            }
        }
    }

    /// <summary><c>PUT unified-messaging/{id}</c> with <c>state</c> 0 (unread) or 1 (read).</summary>
    public void SetState(Session session, string id, int state)
    {
        if (state is not (0 or 1))
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "state must be 0 (unread) or 1 (read).");
        }

        lock (_gate)
        {
            var entry = Find(session, id);
            SetRead(entry, state == 1);
        }
    }

    /// <summary><c>DELETE unified-messaging/{id}</c>.</summary>
    public void Delete(Session session, string id)
    {
        lock (_gate)
        {
            var entry = Find(session, id);
            BoxOf(entry.UserId).Remove(entry);
            Publish(entry.UserId, new VoicemailMessagesMessage(true, null, null, [entry.Id]));
        }
    }

    /// <summary><c>POST unified-messaging/{id}/voicemail-message/play/start</c>: to the session's station (<paramref name="target"/> null) or
    /// to a number; sets the read state to <paramref name="state"/>.</summary>
    public void Play(Session session, string id, int state, string? target)
    {
        lock (_gate)
        {
            var entry = Find(session, id);
            string to;
            if (target is null)
            {
                to = session.Station?.Extension
                    ?? throw new IcwsErrorException(400, ErrorIds.NoStation, "The session has no station to play the message to.");
            }
            else if (target.Length == 0 || target.Length > 32 || !target.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')'))
            {
                throw new IcwsErrorException(400, ErrorIds.InvalidTarget, $"'{target}' is not a number to play the message to.");
            }
            else
            {
                to = target;
            }

            _plays.Add(new VoicemailPlay(entry.UserId, entry.Id, to, target is null, time.GetUtcNow()));
            if (state is 0 or 1)
            {
                SetRead(entry, state == 1);
            }
        }
    }

    /// <summary><c>POST unified-messaging/{id}/voicemail-message/play/stop</c>.</summary>
    public void Stop(Session session, string id)
    {
        lock (_gate)
        {
            Find(session, id);
        }
    }

    /// <summary>The WAV file of one of the session's user's messages.</summary>
    public VoicemailEntry File(Session session, string id)
    {
        lock (_gate)
        {
            return Find(session, id);
        }
    }

    private void SetRead(VoicemailEntry entry, bool read)
    {
        if (entry.Read == read)
        {
            return;
        }

        entry.Read = read;
        Publish(entry.UserId, new VoicemailMessagesMessage(true, null, [new VoicemailMessageChanged(entry.Id, read ? 1 : 0)], null));
    }

    private void Publish(string userId, VoicemailMessagesMessage message, VoicemailEntry? addedEntry = null)
    {
        foreach (var watcher in Watchers(_messageWatchers, userId))
        {
            // The download address names the watcher's own session.
            watcher.Enqueue(addedEntry is null ? message : message with { VoicemailMessagesAdded = [Added(addedEntry, watcher)] });
        }

        var waiting = new MwiMessage(true, Waiting(userId));
        foreach (var watcher in Watchers(_mwiWatchers, userId))
        {
            watcher.Enqueue(waiting);
        }
    }

    private static List<Session> Watchers(Dictionary<string, Session> watchers, string userId)
    {
        foreach (var closed in watchers.Values.Where(s => s.IsClosed).ToList())
        {
            watchers.Remove(closed.Id);
        }

        return [.. watchers.Values.Where(s => string.Equals(s.UserId, userId, StringComparison.OrdinalIgnoreCase))];
    }

    private VoicemailEntry Find(Session session, string id) =>
        BoxOf(session.UserId).FirstOrDefault(e => e.Id == id)
        ?? throw new IcwsErrorException(404, ErrorIds.UnifiedMessageNotFound, $"The user has no message '{id}'.");

    private List<VoicemailEntry> BoxOf(string userId)
    {
        if (!_boxes.TryGetValue(userId, out var box))
        {
            box = [];
            _boxes[userId] = box;
        }

        return box;
    }

    private int Waiting(string userId) => BoxOf(userId).Count(e => !e.Read);

    private static VoicemailMessageAdded Added(VoicemailEntry entry, Session? session) => new(
        entry.Id, entry.Read ? 1 : 0, entry.ReceivedAt, entry.From, entry.Subject,
        [new VoicemailAttachment($"/icws/{session?.Id ?? "{sessionId}"}/unified-messaging/{entry.Id}/attachments/{entry.FileName}", entry.FileName, VoicemailAudio.MimeType)],
        (int)Math.Round(entry.Duration.TotalSeconds));
}

/// <summary>One voicemail message of a user's box.</summary>
public sealed class VoicemailEntry(string id, string userId, string from, string subject, DateTimeOffset receivedAt, TimeSpan duration, byte[] audio)
{
    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public string From { get; } = from;

    public string Subject { get; } = subject;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    public TimeSpan Duration { get; } = duration;

    public string FileName => Id + ".wav";

    public byte[] Audio { get; } = audio;

    public bool Read { get; set; }
}

/// <summary>A play asked for: to the user's station (its extension) or to a number.</summary>
public sealed record VoicemailPlay(string UserId, string MessageId, string Target, bool ToStation, DateTimeOffset At);
