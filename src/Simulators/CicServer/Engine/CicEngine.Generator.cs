namespace PureConnect.Simulators.CicServer.Engine;

// The steady demo call generator: seeded callers to random workgroups at a jittered rate.
public sealed partial class CicEngine
{
    private const int MaxGeneratedPerTick = 100;
    private GeneratorRun? _generator;

    public void StartGenerator(double callsPerMinute, IReadOnlyList<string>? workgroups = null, int minTalkSeconds = 30, int maxTalkSeconds = 180,
        bool onlyWhenStaffed = false, int maxWaiting = 0) =>
        Run(() => StartGeneratorCore(callsPerMinute, workgroups ?? [], minTalkSeconds, maxTalkSeconds, onlyWhenStaffed, maxWaiting));

    public void StopGenerator() => Run(() => _generator = null);

    public bool IsGeneratorRunning => _generator is not null;

    private void StartGeneratorCore(double callsPerMinute, IReadOnlyList<string> workgroups, int minTalkSeconds, int maxTalkSeconds,
        bool onlyWhenStaffed = false, int maxWaiting = 0)
    {
        if (callsPerMinute <= 0 || minTalkSeconds < 0 || (maxTalkSeconds != 0 && maxTalkSeconds < minTalkSeconds) || maxWaiting < 0)
        {
            throw Invalid("callsPerMinute must be positive, the talk times ordered and maxWaiting not negative.");
        }

        var names = workgroups.Count > 0
            ? workgroups.Select(w => _workgroups.GetValueOrDefault(w)?.Name ?? throw NotFound($"Workgroup '{w}' does not exist.")).ToList()
            : _workgroups.Values.Select(w => w.Name).ToList();
        if (names.Count == 0)
        {
            throw Invalid("There is no workgroup to send calls to.");
        }

        _generator = new GeneratorRun(callsPerMinute, names, minTalkSeconds, maxTalkSeconds, onlyWhenStaffed, maxWaiting);
        _generator.NextAt = Now + NextGap(_generator);
    }

    private void TickGenerator(DateTimeOffset now)
    {
        for (var budget = MaxGeneratedPerTick; _generator is { } run && now >= run.NextAt && budget > 0; budget--)
        {
            var workgroup = run.Workgroups[_random.Next(run.Workgroups.Count)];
            run.NextAt += NextGap(run);
            if (!CanTakeGeneratedCall(run, _workgroups[workgroup]))
            {
                run.Skipped++;
                continue;
            }

            TimeSpan? talk = run.MaxTalkSeconds > 0
                ? TimeSpan.FromSeconds(_random.Next(run.MinTalkSeconds, run.MaxTalkSeconds + 1))
                : null;
            InjectCallCore(_callers.NextAni(), _callers.NextName(), workgroup, null, new CallPlan(null, talk, null));
            run.Generated++;
        }
    }

    private bool CanTakeGeneratedCall(GeneratorRun run, SimWorkgroup workgroup) =>
        (run.MaxWaiting == 0 || workgroup.Waiting.Count < run.MaxWaiting)
        && (!run.OnlyWhenStaffed || workgroup.Members.Any(m => m.Value && _users[m.Key] is { HasStation: true, Status.IsAcdStatus: true }));

    /// <summary>The mean gap of the rate, jittered ±50 % by the seeded random.</summary>
    private TimeSpan NextGap(GeneratorRun run) =>
        TimeSpan.FromSeconds(60.0 / run.CallsPerMinute * (0.5 + _random.NextDouble()));
}
