namespace PureConnect.CrmProjector.CallLogs;

/// <summary>Retry and redelivery of call-log work (configuration section <c>CallLogRepair</c>).</summary>
public sealed class CallLogRepairOptions
{
    /// <summary>First-level: in-process retries of a failing message, with exponential back-off.</summary>
    public int Retries { get; set; } = 12;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Second-level: after the message went to the error queue, catch the call log up from the event store after each of
    /// these delays in turn; when all have failed, the repair waits for an operator. Empty means <see cref="DefaultSchedule"/> (a
    /// configured list replaces it: the configuration binder would append to a non-empty default).</summary>
    public List<TimeSpan> Schedule { get; set; } = [];

    public static readonly IReadOnlyList<TimeSpan> DefaultSchedule =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(6)];

    public IReadOnlyList<TimeSpan> EffectiveSchedule => Schedule.Count > 0 ? Schedule : DefaultSchedule;

    /// <summary>How often due repairs are looked for.</summary>
    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(10);
}
