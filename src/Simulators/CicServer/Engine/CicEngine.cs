using System.Collections.Concurrent;
using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>
/// The simulated CIC server: users, stations, workgroups, sessions, statuses, calls and the ACD.
/// Pure C#, driven by an injected <see cref="TimeProvider"/>; timed work happens when <see cref="Tick"/>
/// is called (a background loop does it in the app, tests do it by hand).
/// </summary>
/// <remarks>
/// One lock guards the engine state. Every public operation runs under it and ends by routing waiting
/// calls and publishing what changed, so a subscriber sees one batch of deltas per operation. Messages go
/// to per-session channels, which event streams and polls drain without taking the engine lock.
/// </remarks>
public sealed partial class CicEngine
{
    private readonly Lock _gate = new();
    private readonly CicSimulatorOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly CallerFactory _callers;
    private readonly Scheduler _scheduler = new();
    private readonly EmissionLog _emissions;
    private readonly Dictionary<string, SimUser> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SimStation> _stations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SimWorkgroup> _workgroups = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ClosingSession> _closingSessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Interaction> _interactions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StatusMessage> _statusById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<char, string> _capabilityMasks = [];
    private long _nextInteractionId;
    private long _nextSessionId;
    private long _nextRequestId = 1;
    private long _nextQueueSequence;

    public CicEngine(CicSimulatorOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _random = new Random(options.Seed);
        _callers = new CallerFactory(_random);
        _emissions = new EmissionLog(options.EmissionLogCapacity);
        _nextInteractionId = options.FirstInteractionId;
        _nextSessionId = options.FirstSessionId;

        var statuses = options.Statuses.Count > 0 ? options.Statuses : DefaultSeedData.Statuses();
        _statusMessages = [.. statuses.Select(ToStatusMessage)];
        foreach (var status in _statusMessages)
        {
            _statusById[status.StatusId] = status;
        }

        if (!_statusById.ContainsKey(options.DefaultStatusId))
        {
            throw new InvalidOperationException($"Default status '{options.DefaultStatusId}' is not a defined status.");
        }

        SeedDirectory(options);
        SeedCampaigns(options);
        foreach (var state in "AOCHRIEMS")
        {
            _capabilityMasks[state] = CapabilityMask(state);
        }

        if (options.CallGenerator.Enabled)
        {
            var generator = options.CallGenerator;
            StartGeneratorCore(generator.CallsPerMinute, generator.Workgroups, generator.MinTalkSeconds, generator.MaxTalkSeconds,
                generator.OnlyWhenStaffed, generator.MaxWaiting);
        }
    }

    public CicSimulatorOptions Options => _options;

    private volatile StatusMessage[] _statusMessages;

    /// <summary>Every status message the server defines (the control API can add, change and remove them).</summary>
    public IReadOnlyList<StatusMessage> StatusMessages => _statusMessages;

    private DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Runs what is due: timed call transitions, deallocations, generators, idle session expiry,
    /// forgetting closed sessions past their grace period.</summary>
    public void Tick() => Run(() =>
    {
        var now = Now;
        _scheduler.RunDue(now);
        TickLoad(now);
        TickGenerator(now);
        TickDialer(now);
        ExpireIdleSessions(now);
        ForgetClosingSessions(now);
    });

    private void Run(Action operation)
    {
        lock (_gate)
        {
            try
            {
                operation();
            }
            finally
            {
                CompleteOperation();
            }
        }
    }

    private T Run<T>(Func<T> operation)
    {
        lock (_gate)
        {
            try
            {
                return operation();
            }
            finally
            {
                CompleteOperation();
            }
        }
    }

    private void CompleteOperation()
    {
        RouteWaitingCalls();
        SettleDialerAgents();
        PublishQueueChanges();
        PublishUserStatuses();
    }

    private void After(TimeSpan delay, Action action) => _scheduler.At(Now + delay, action);

    private string NextRequestId() => (_nextRequestId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string CapabilityMask(char state)
    {
        var mask = 0;
        foreach (var name in CallStates.CapabilitiesOf(state))
        {
            mask |= _options.CapabilityBits.GetValueOrDefault(name);
        }

        return mask.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static StatusMessage ToStatusMessage(StatusSeed seed) => new(
        seed.StatusId,
        seed.MessageText ?? seed.StatusId,
        seed.IconUri ?? "/icws/icons/status.png",
        seed.GroupTag,
        seed.CanHaveDate,
        seed.CanHaveTime,
        seed.IsDoNotDisturbStatus,
        seed.IsSelectableStatus,
        seed.IsPersistentStatus,
        seed.IsForwardStatus,
        seed.IsAfterCallWorkStatus,
        seed.IsAcdStatus,
        seed.IsAllowFollowUpStatus,
        seed.SystemId ?? seed.StatusId);
}
