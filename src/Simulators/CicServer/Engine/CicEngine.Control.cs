using System.Globalization;
using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.Engine;

// Session faults and switchover for tests and demos.
public sealed partial class CicEngine
{
    private long _switchoverUntilTicks;

    /// <summary>True while a switchover lasts: the primary host names refuse new sessions with 503.</summary>
    public bool IsSwitchoverActive => Now.UtcTicks < Interlocked.Read(ref _switchoverUntilTicks);

    private volatile bool _primaryDown;

    /// <summary>True while the primary server is down: requests to the primary host names get no answer (the connection is dropped).</summary>
    public bool IsPrimaryDown => _primaryDown;

    /// <summary>
    /// Takes the primary server down (its machine died: connections to the primary host names are dropped, the sessions
    /// made on them are gone without a message) or brings it back. Returns the number of sessions lost.
    /// </summary>
    public int SetPrimaryDown(bool down) => Run(() =>
    {
        _primaryDown = down;
        if (!down)
        {
            return 0;
        }

        var primaries = _options.EffectivePrimaryHostNames();
        var lost = _sessions.Values.Where(s => s.Host is { } host && primaries.Contains(host, StringComparer.OrdinalIgnoreCase)).ToList();
        foreach (var session in lost)
        {
            DestroySession(session, drain: false);
        }

        return lost.Count;
    });

    public IReadOnlyList<SessionSnapshot> ListSessions() => Run(() => _sessions.Values
        .OrderBy(s => long.Parse(s.Id, CultureInfo.InvariantCulture))
        .Select(s => new SessionSnapshot(s.Id, s.UserId, s.Station?.Id, s.EventStreamCount, s.QueuedMessageCount, s.SupportedMediaTypesSent))
        .ToList());

    /// <summary>Closes the session's event streams only; the session and its queued messages survive.</summary>
    public void DropChannel(string sessionId) => Run(() => ControlSession(sessionId).DropEventStreams());

    /// <summary>Destroys the session as if it timed out: streams closed, station released, later requests 401.</summary>
    public void ExpireSession(string sessionId) => Run(() => DestroySession(ControlSession(sessionId), drain: false));

    public int ExpireUserSessions(string userId) => Run(() =>
    {
        var user = _users.GetValueOrDefault(userId) ?? throw NotFound($"User '{userId}' does not exist.");
        var sessions = user.Sessions.ToList();
        foreach (var session in sessions)
        {
            DestroySession(session, drain: false);
        }

        return sessions.Count;
    });

    /// <summary>Queues <paramref name="text"/> verbatim as one message (malformed JSON, unknown types).</summary>
    public void EnqueueRawMessage(string sessionId, string text) => Run(() => ControlSession(sessionId).Enqueue(new RawMessage(text)));

    /// <summary>
    /// Sends a <c>queueSubscriptionStateMessage</c>. State 3 (faulted) also stops the subscription: its queue changes are no
    /// longer delivered until the client puts the subscription again (which sends a fresh snapshot).
    /// </summary>
    public void SendQueueSubscriptionState(string sessionId, string subscriptionId, int state, string? message) => Run(() =>
    {
        var session = ControlSession(sessionId);
        if (state == 3 && session.QueueSubscriptions.TryGetValue(subscriptionId, out var faulted))
        {
            UnregisterQueueSubscription(faulted);
        }

        var error = message is null ? null : new IcwsError("error.queues.subscriptionFaulted", message);
        session.Enqueue(new QueueSubscriptionStateMessage(_options.UnsolicitedMessagesIsDelta, subscriptionId, state, error));
    });

    /// <summary>
    /// Every session is told the connection is down (reason "Switchover in progress", reconnect advised),
    /// then destroyed: only message retrieval still reaches it, until that message is delivered (see
    /// <see cref="FindClosingSession"/>). For <paramref name="duration"/> the primary host names answer logins with 503.
    /// </summary>
    public int StartSwitchover(TimeSpan duration) => Run(() =>
    {
        Interlocked.Exchange(ref _switchoverUntilTicks, (Now + duration).UtcTicks);
        var sessions = _sessions.Values.ToList();
        foreach (var session in sessions)
        {
            session.Enqueue(new ConnectionStateChangeMessage(
                _options.UnsolicitedMessagesIsDelta, 1, 2, "Switchover in progress", ShouldReconnect: true));
            DestroySession(session, drain: true);
        }

        return sessions.Count;
    });

    public IReadOnlyList<Emission> GetEmissions(long sinceUnixMs) => _emissions.Since(sinceUnixMs);

    private Session ControlSession(string sessionId) =>
        _sessions.GetValueOrDefault(sessionId) ?? throw NotFound($"Session {sessionId} does not exist.");
}
