using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>
/// Omni-Channel of the simulated org: presence statuses (<c>0N5</c>), service-channel links of the routable ones, agent users
/// (<c>005</c>, with a <c>FederationIdentifier</c>) and their <c>UserServicePresence</c> rows (<c>0Hn</c>). As in a real org, a
/// presence changes only through an agent's console (<see cref="SetPresence"/>, <see cref="LogOut"/>); the REST API only reads it.
/// Each change is numbered as a change event (<see cref="ChangesAfter"/>) with a replay id.
/// </summary>
internal sealed class PresenceStore
{
    public const string StatusPrefix = "0N5";
    public const string PresencePrefix = "0Hn";
    public const string ChannelPrefix = "0N1";

    private readonly Lock _gate = new();
    private readonly SalesforceIds _ids;
    private readonly TimeProvider _time;
    private readonly List<PresenceStatus> _statuses;
    private readonly string _channelId;
    private readonly List<OrgUser> _users = [];
    private readonly List<PresenceRow> _rows = [];
    private readonly List<PresenceChange> _changes = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PresenceStore(SalesforceOrgOptions options, SalesforceIds ids, TimeProvider time)
    {
        (_ids, _time) = (ids, time);
        var seeds = options.PresenceStatuses.Count > 0 ? options.PresenceStatuses :
        [
            new PresenceStatusSeed { DeveloperName = "Available", Label = "Available", Routable = true },
            new PresenceStatusSeed { DeveloperName = "Busy", Label = "Busy" },
            new PresenceStatusSeed { DeveloperName = "Away", Label = "Away" },
            new PresenceStatusSeed { DeveloperName = "Break", Label = "Break" },
        ];
        _statuses = [.. seeds.Select(s => new PresenceStatus(ids.Next(StatusPrefix), s.DeveloperName, s.Label, s.Routable))];
        _channelId = ids.Next(ChannelPrefix);
    }

    public IReadOnlyList<PresenceStatus> Statuses => _statuses;

    /// <summary>One <c>ServiceChannelStatus</c> row per routable status (the phone channel).</summary>
    public IReadOnlyList<(string Id, string StatusId, string ChannelId)> ChannelLinks =>
        [.. _statuses.Where(s => s.Routable).Select((s, i) => ($"0N2SIM{i:D9}", s.Id, _channelId))];

    public OrgUser AddUser(string userName, string? federationIdentifier, string? email = null)
    {
        lock (_gate)
        {
            if (_users.FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase)) is { } known)
                return known;

            // A user's e-mail is their username unless given (Salesforce usernames have the form of an e-mail address).
            var user = new OrgUser(_ids.Next(SalesforceIds.User), userName, federationIdentifier, email ?? (userName.Contains('@') ? userName : null));
            _users.Add(user);
            return user;
        }
    }

    public IReadOnlyList<OrgUser> Users()
    {
        lock (_gate)
            return [.. _users];
    }

    public OrgUser? User(string id)
    {
        lock (_gate)
            return _users.FirstOrDefault(u => SameId(u.Id, id));
    }

    public PresenceStatus? Status(string idOrName) =>
        _statuses.FirstOrDefault(s => SameId(s.Id, idOrName) || string.Equals(s.DeveloperName, idOrName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The agent's console sets a presence (the toolkit's <c>setServicePresenceStatus</c>, which logs in if needed).</summary>
    public PresenceRow SetPresence(string userId, string statusId)
    {
        var status = Status(statusId) ?? throw new OrgException(400, ErrorCodes.InvalidCrossReferenceKey, $"No presence status '{statusId}'.");
        lock (_gate)
        {
            var user = _users.FirstOrDefault(u => SameId(u.Id, userId)) ?? throw new OrgException(404, ErrorCodes.NotFound, $"No user '{userId}'.");
            var now = _time.GetUtcNow();
            EndCurrent(user.Id, now);
            var row = new PresenceRow(_ids.Next(PresencePrefix), user.Id, status.Id, now) { IsCurrentState = true };
            _rows.Add(row);
            Record("CREATE", row);
            return row;
        }
    }

    /// <summary>The agent logs out of Omni-Channel: the current row ends, there is no current presence.</summary>
    public void LogOut(string userId)
    {
        lock (_gate)
            EndCurrent(userId, _time.GetUtcNow());
    }

    public IReadOnlyList<PresenceRow> Rows()
    {
        lock (_gate)
            return [.. _rows];
    }

    public PresenceRow? Current(string userId)
    {
        lock (_gate)
            return _rows.LastOrDefault(r => r.IsCurrentState && SameId(r.UserId, userId));
    }

    /// <summary>Change events after <paramref name="replayId"/> (-1: all kept).</summary>
    public IReadOnlyList<PresenceChange> ChangesAfter(long replayId)
    {
        lock (_gate)
            return [.. _changes.Where(c => c.ReplayId > replayId)];
    }

    /// <summary>The replay id of the last change event (0 before any).</summary>
    public long LastReplayId
    {
        get
        {
            lock (_gate)
                return _changes.Count;
        }
    }

    /// <summary>Change events after <paramref name="replayId"/>, waiting up to <paramref name="wait"/> for one (a streaming long poll).</summary>
    public async Task<IReadOnlyList<PresenceChange>> WaitForChangesAfterAsync(long replayId, TimeSpan wait, CancellationToken cancellationToken)
    {
        Task changed;
        lock (_gate)
        {
            if (_changes.Count > replayId)
                return [.. _changes.Where(c => c.ReplayId > replayId)];
            changed = _changed.Task;
        }

        await Task.WhenAny(changed, Task.Delay(wait, _time, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        return ChangesAfter(replayId);
    }

    private void EndCurrent(string userId, DateTimeOffset now)
    {
        foreach (var row in _rows.Where(r => r.IsCurrentState && SameId(r.UserId, userId)))
        {
            row.IsCurrentState = false;
            row.StatusEndDate = now;
            Record("UPDATE", row);
        }
    }

    private void Record(string changeType, PresenceRow row)
    {
        _changes.Add(new PresenceChange(_changes.Count + 1, changeType, row.Id, row.UserId, row.ServicePresenceStatusId, row.IsCurrentState,
            row.StatusStartDate, row.StatusEndDate, _time.GetUtcNow()));
        _changed.TrySetResult();
        _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private static bool SameId(string a, string b) => a.Length >= 15 && b.Length >= 15 && string.Equals(a[..15], b[..15], StringComparison.Ordinal);
}

internal sealed record PresenceStatus(string Id, string DeveloperName, string Label, bool Routable);

internal sealed record OrgUser(string Id, string UserName, string? FederationIdentifier, string? Email = null);

internal sealed class PresenceRow(string id, string userId, string statusId, DateTimeOffset start)
{
    public string Id { get; } = id;
    public string UserId { get; } = userId;
    public string ServicePresenceStatusId { get; } = statusId;
    public DateTimeOffset StatusStartDate { get; } = start;
    public DateTimeOffset? StatusEndDate { get; set; }
    public bool IsCurrentState { get; set; }
}

/// <summary>A <c>UserServicePresenceChangeEvent</c>: the change header's essentials and the row's fields.</summary>
internal sealed record PresenceChange(long ReplayId, string ChangeType, string RecordId, string UserId, string ServicePresenceStatusId,
    bool IsCurrentState, DateTimeOffset StatusStartDate, DateTimeOffset? StatusEndDate, DateTimeOffset CommitTimestamp);
