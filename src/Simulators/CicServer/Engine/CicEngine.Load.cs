using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.Engine;

// The benchmark load generator: inbound calls at a fixed rate, answered and ended by the simulator itself.
public sealed partial class CicEngine
{
    private const int MaxCallsPerTick = 10_000;
    private LoadRun? _load;

    public LoadStatus StartLoad(LoadRequest request) => Run(() =>
    {
        if (request.CallsPerSecond <= 0 || request.DurationSeconds <= 0 || request.TalkTimeMs < 0 || request.AnswerAfterMs < 0 || request.Agents < 0)
        {
            throw Invalid("callsPerSecond and durationSeconds must be positive; talkTimeMs, answerAfterMs and agents not negative.");
        }

        var workgroup = string.IsNullOrWhiteSpace(request.Workgroup)
            ? _workgroups.Values.FirstOrDefault() ?? throw Invalid("There is no workgroup.")
            : _workgroups.GetValueOrDefault(request.Workgroup) ?? throw NotFound($"Workgroup '{request.Workgroup}' does not exist.");
        for (var n = 1; n <= request.Agents; n++)
        {
            EnsureVirtualAgent(workgroup, n);
        }

        _load = new LoadRun(request, workgroup.Name, Now);
        return LoadStatusOf(_load);
    });

    public LoadStatus GetLoadStatus() => Run(() => LoadStatusOf(_load));

    public void StopLoad() => Run(() =>
    {
        if (_load is not null)
        {
            _load.Generating = false;
        }
    });

    private void TickLoad(DateTimeOffset now)
    {
        if (_load is not { Generating: true } run)
        {
            return;
        }

        var elapsed = now - run.StartedAt;
        var due = (long)Math.Floor(run.Request.CallsPerSecond * Math.Min(elapsed.TotalSeconds, run.Duration.TotalSeconds));
        for (var budget = MaxCallsPerTick; run.Generated < due && budget > 0; budget--)
        {
            InjectCallCore(_callers.NextAni(), _callers.NextName(), run.Workgroup, null, run.Plan);
            run.Generated++;
        }

        if (elapsed >= run.Duration && run.Generated >= due)
        {
            run.Generating = false;
        }
    }

    /// <summary>load-agent-N on load-station-N, logged in, Available and activated in the workgroup.</summary>
    private void EnsureVirtualAgent(SimWorkgroup workgroup, int n)
    {
        var userId = $"load-agent-{n}";
        var stationId = $"load-station-{n}";
        if (!_users.ContainsKey(userId))
        {
            AddUserCore(new UserSeed { UserId = userId, Password = "1234", DisplayName = $"Load Agent {n}" });
        }

        if (!_stations.ContainsKey(stationId))
        {
            AddStationCore(stationId, null);
        }

        var user = _users[userId];
        workgroup.Members[user.Id] = true;
        if (!user.HasStation)
        {
            var session = new Session(
                (_nextSessionId++).ToString(System.Globalization.CultureInfo.InvariantCulture), user,
                Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
                Guid.NewGuid().ToString(), "CIC simulator load generator", Now)
            {
                Station = new StationConnection(StationKind.Workstation, _stations[stationId], null, false, [1], 0),
            };
            _sessions[session.Id] = session;
            user.Sessions.Add(session);
            user.IdleSince = Now;
            MarkUserDirty(user);
        }

        var available = StatusMessages.FirstOrDefault(s => s.IsAcdStatus && user.AllowedStatuses.Contains(s.StatusId));
        if (!user.Status.IsAcdStatus && available is not null)
        {
            ApplyStatus(user, available, null, null, null);
        }
    }

    private static LoadStatus LoadStatusOf(LoadRun? run) => run is null
        ? new LoadStatus(false, 0, null, 0, 0, null, 0)
        : new LoadStatus(run.Generating, run.Request.CallsPerSecond, run.Workgroup, run.Generated, run.Completed,
            run.StartedAt, run.Request.DurationSeconds);
}
