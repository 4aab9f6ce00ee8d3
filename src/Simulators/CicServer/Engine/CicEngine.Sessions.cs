using System.Globalization;
using System.Security.Cryptography;

namespace PureConnect.Simulators.CicServer.Engine;

// Sessions: log in, log out, expiry.
public sealed partial class CicEngine
{
    /// <summary>Creates a session; bad credentials are a 400 (reference §1.1), never a 401.</summary>
    public Session Login(string userId, string password, string applicationName, string? host = null) => Run(() =>
    {
        if (!_users.TryGetValue(userId, out var user) || !string.Equals(user.Password, password, StringComparison.Ordinal))
        {
            throw new IcwsErrorException(400, ErrorIds.AuthenticationFailure, "The authentication process failed.");
        }

        if (user.PasswordExpired && _options.ExpiredPasswordRefusesLogin)
        {
            throw PasswordExpired();
        }

        var id = (_nextSessionId++).ToString(CultureInfo.InvariantCulture);
        var csrfToken = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var session = new Session(id, user, csrfToken, Guid.NewGuid().ToString(), applicationName, Now, host);
        _sessions[id] = session;
        user.Sessions.Add(session);
        MarkUserDirty(user);
        return session;
    });

    public Session? FindSession(string sessionId) => _sessions.GetValueOrDefault(sessionId);

    /// <summary>
    /// A session ended with its queue to deliver (switchover, station delete in mode 0): it serves message retrieval
    /// only, until its queue is delivered or <c>ClosingSessionGracePeriod</c> has passed; null once it is forgotten.
    /// </summary>
    public Session? FindClosingSession(string sessionId)
    {
        if (!_closingSessions.TryGetValue(sessionId, out var closing))
        {
            return null;
        }

        if (IsSpent(closing, Now))
        {
            _closingSessions.TryRemove(KeyValuePair.Create(sessionId, closing));
            return null;
        }

        return closing.Session;
    }

    /// <summary>Closed sessions whose queue is still being delivered.</summary>
    public int ClosingSessionCount => _closingSessions.Count;

    /// <summary>Ends the session, releases its station and closes its event streams.</summary>
    public void Logout(Session session) => Run(() => DestroySession(session, drain: false));

    private void DestroySession(Session session, bool drain)
    {
        if (!_sessions.TryRemove(session.Id, out _))
        {
            return;
        }

        foreach (var subscription in session.QueueSubscriptions.Values)
        {
            UnregisterQueueSubscription(subscription);
        }

        session.QueueSubscriptions.Clear();
        UnwatchUserStatuses(session);
        session.Station = null;
        var user = session.User;
        user.Sessions.Remove(session);
        MarkUserDirty(user);
        session.Close(drain);
        if (drain)
        {
            _closingSessions[session.Id] = new ClosingSession(session, Now + _options.ClosingSessionGracePeriod);
        }

        if (!user.HasStation)
        {
            ReturnAlertingCalls(user);
        }

        if (user.Sessions.Count == 0)
        {
            EndDialerSession(user);
        }
    }

    private void ForgetClosingSessions(DateTimeOffset now)
    {
        foreach (var closing in _closingSessions)
        {
            if (IsSpent(closing.Value, now))
            {
                _closingSessions.TryRemove(closing);
            }
        }
    }

    /// <summary>Its queue is delivered (the completed channel is empty) or its grace period is over.</summary>
    private static bool IsSpent(ClosingSession closing, DateTimeOffset now) =>
        closing.Session.Messages.Completion.IsCompleted || now >= closing.ForgetAt;

    private sealed record ClosingSession(Session Session, DateTimeOffset ForgetAt);

    private void ExpireIdleSessions(DateTimeOffset now)
    {
        if (_options.SessionIdleTimeout is not { } timeout)
        {
            return;
        }

        foreach (var session in _sessions.Values)
        {
            if (session.EventStreamCount == 0 && now - session.LastActivity > timeout)
            {
                DestroySession(session, drain: false);
            }
        }
    }

    private static void EnsureAlive(Session session)
    {
        if (session.IsClosed)
        {
            throw new IcwsErrorException(401, ErrorIds.InvalidSession, "The session is no longer valid.", -2147221499);
        }
    }
}
