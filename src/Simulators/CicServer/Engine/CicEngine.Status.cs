using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.Engine;

// Presence: user statuses, who may set them, and their subscriptions.
public sealed partial class CicEngine
{
    private readonly Dictionary<string, List<Session>> _statusWatchers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SimUser> _dirtyUsers = [];
    private readonly Dictionary<Session, List<UserStatus>> _statusBatches = [];

    public StatusMessagesUserAccess GetStatusAccess(string userId) => Run(() =>
    {
        var user = FindUser(userId);
        return new StatusMessagesUserAccess(
            user.Id, [.. StatusMessages.Where(s => user.AllowedStatuses.Contains(s.StatusId)).Select(s => s.StatusId)]);
    });

    public UserStatus GetUserStatus(string userId) => Run(() => BuildUserStatus(FindUser(userId)));

    /// <summary>Sets a status (202 semantics: returns the request id). Users may set only their own status
    /// unless they can monitor queues.</summary>
    public string SetUserStatus(Session session, string userId, UserStatusUpdate update) => Run(() =>
    {
        EnsureAlive(session);
        var user = FindUser(userId);
        if (user != session.User && !session.User.CanMonitorQueues)
        {
            throw new IcwsErrorException(403, ErrorIds.AccessDenied, "The user may not set another user's status.");
        }

        var status = _statusById.GetValueOrDefault(update.StatusId ?? "")
            ?? throw new IcwsErrorException(400, ErrorIds.InvalidStatus, $"The status '{update.StatusId}' does not exist.");
        if (!status.IsSelectableStatus || !user.AllowedStatuses.Contains(status.StatusId))
        {
            throw new IcwsErrorException(400, ErrorIds.StatusNotAllowed, $"The user may not use the status '{status.StatusId}'.");
        }

        if (status.IsForwardStatus && string.IsNullOrWhiteSpace(update.ForwardNumber))
        {
            throw new IcwsErrorException(400, ErrorIds.ForwardNumberRequired, $"The status '{status.StatusId}' requires a forward number.");
        }

        var requestId = NextRequestId();
        if (user.StatusChangeFailure is { } failure)
        {
            // Accepted now, failed later: the requesting session hears it by asyncOperationCompletedMessage.
            After(_options.AsyncOperationDelay, () => session.Enqueue(new AsyncOperationCompletedMessage(_options.UnsolicitedMessagesIsDelta, requestId, failure)));
            return requestId;
        }

        ApplyStatus(user, status, update.Notes, status.IsForwardStatus ? update.ForwardNumber : null, update.Until);
        if (_options.AsyncStatusCompletions)
        {
            After(_options.AsyncOperationDelay, () => session.Enqueue(new AsyncOperationCompletedMessage(_options.UnsolicitedMessagesIsDelta, requestId, null)));
        }

        return requestId;
    });

    /// <summary>Makes the user's later status changes fail asynchronously with <paramref name="failure"/> (null: succeed again).</summary>
    public void SetStatusChangeFailure(string userId, IcwsError? failure) => Run(() => FindUser(userId).StatusChangeFailure = failure);

    public void SubscribeUserStatuses(Session session, IReadOnlyList<string> userIds) => Run(() =>
    {
        EnsureAlive(session);
        if (userIds.Count == 0)
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "userIds must not be empty.");
        }

        UnwatchUserStatuses(session);
        var snapshot = new List<UserStatus>();
        foreach (var userId in userIds.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (_users.TryGetValue(userId, out var user))
            {
                session.WatchedUserIds.Add(user.Id);
                WatchersOf(user.Id).Add(session);
                snapshot.Add(BuildUserStatus(user));
            }
        }

        session.Enqueue(new UserStatusMessage(false, snapshot));
    });

    public void UnsubscribeUserStatuses(Session session) => Run(() => UnwatchUserStatuses(session));

    public void SubscribeStatusMessages(Session session) => Run(() =>
    {
        EnsureAlive(session);
        session.WatchesStatusMessages = true;
        session.Enqueue(new StatusMessagesMessage(false, StatusMessages, [], []));
    });

    /// <summary>
    /// Adds a status (every user may then use it when it is selectable) or replaces one with the same id; sessions watching
    /// the status messages get the delta (changed entries are complete).
    /// </summary>
    public StatusMessage PutStatus(StatusSeed seed) => Run(() =>
    {
        if (string.IsNullOrWhiteSpace(seed.StatusId))
        {
            throw new IcwsErrorException(400, ErrorIds.ControlInvalid, "statusId is required.");
        }

        var status = ToStatusMessage(seed);
        var existed = _statusById.ContainsKey(status.StatusId);
        status = existed ? status with { StatusId = _statusById[status.StatusId].StatusId } : status;
        _statusById[status.StatusId] = status;
        _statusMessages = existed
            ? [.. _statusMessages.Select(s => string.Equals(s.StatusId, status.StatusId, StringComparison.OrdinalIgnoreCase) ? status : s)]
            : [.. _statusMessages, status];
        if (!existed && status.IsSelectableStatus)
        {
            foreach (var user in _users.Values)
            {
                user.Allow(status.StatusId);
            }
        }

        PublishStatusMessages(existed ? [] : [status], existed ? [status] : [], []);
        return status;
    });

    /// <summary>Removes a status from the server (users already in it keep it until they change); watchers get the delta.</summary>
    public void RemoveStatus(string statusId) => Run(() =>
    {
        if (!_statusById.Remove(statusId, out var removed))
        {
            throw NotFound($"The status '{statusId}' does not exist.");
        }

        if (string.Equals(removed.StatusId, _options.DefaultStatusId, StringComparison.OrdinalIgnoreCase))
        {
            _statusById[removed.StatusId] = removed;
            throw new IcwsErrorException(400, ErrorIds.ControlInvalid, "The default status cannot be removed.");
        }

        _statusMessages = [.. _statusMessages.Where(s => s != removed)];
        foreach (var user in _users.Values)
        {
            user.Disallow(removed.StatusId);
        }

        PublishStatusMessages([], [], [removed.StatusId]);
    });

    private void PublishStatusMessages(IReadOnlyList<StatusMessage> added, IReadOnlyList<StatusMessage> changed, IReadOnlyList<string> removed)
    {
        foreach (var session in _sessions.Values.Where(s => s.WatchesStatusMessages))
        {
            session.Enqueue(new StatusMessagesMessage(true, added, changed, removed));
        }
    }

    public void UnsubscribeStatusMessages(Session session) => Run(() => session.WatchesStatusMessages = false);

    private void ApplyStatus(SimUser user, StatusMessage status, string? notes, string? forwardNumber, UntilInfo? until)
    {
        var now = Now;
        if (status.IsAcdStatus && !user.Status.IsAcdStatus)
        {
            user.IdleSince = now;
        }

        user.Status = status;
        user.Notes = notes;
        user.ForwardNumber = forwardNumber;
        user.Until = until is not null && (status.CanHaveDate || status.CanHaveTime)
            ? until with { HasDate = until.HasDate && status.CanHaveDate, HasTime = until.HasTime && status.CanHaveTime }
            : null;
        user.StatusChanged = now;
        MarkUserDirty(user);
    }

    private UserStatus BuildUserStatus(SimUser user) => new(
        user.Id,
        user.Status.StatusId,
        user.Notes,
        user.ForwardNumber,
        user.Until,
        user.OnPhone,
        user.OnPhoneChanged,
        user.StatusChanged,
        [.. user.Sessions.Where(s => s.Station is not null).Select(s => s.Station!.Id).Distinct(StringComparer.OrdinalIgnoreCase)],
        user.Sessions.Count > 0 ? [_options.ServerName] : [],
        user.Sessions.Count > 0);

    private SimUser FindUser(string userId) =>
        _users.GetValueOrDefault(userId)
        ?? throw new IcwsErrorException(404, ErrorIds.UserNotFound, $"The user '{userId}' was not found.");

    private List<Session> WatchersOf(string userId)
    {
        if (!_statusWatchers.TryGetValue(userId, out var watchers))
        {
            watchers = [];
            _statusWatchers[userId] = watchers;
        }

        return watchers;
    }

    private void UnwatchUserStatuses(Session session)
    {
        foreach (var userId in session.WatchedUserIds)
        {
            _statusWatchers.GetValueOrDefault(userId)?.Remove(session);
        }

        session.WatchedUserIds.Clear();
    }

    private void MarkUserDirty(SimUser user)
    {
        if (!user.StatusDirty)
        {
            user.StatusDirty = true;
            _dirtyUsers.Add(user);
        }
    }

    private void PublishUserStatuses()
    {
        foreach (var user in _dirtyUsers)
        {
            user.StatusDirty = false;
            if (!_statusWatchers.TryGetValue(user.Id, out var watchers) || watchers.Count == 0)
            {
                continue;
            }

            var status = BuildUserStatus(user);
            foreach (var session in watchers)
            {
                if (!_statusBatches.TryGetValue(session, out var batch))
                {
                    batch = [];
                    _statusBatches[session] = batch;
                }

                batch.Add(status);
            }
        }

        _dirtyUsers.Clear();
        foreach (var (session, batch) in _statusBatches)
        {
            session.Enqueue(new UserStatusMessage(true, batch));
        }

        _statusBatches.Clear();
    }
}
