namespace PureConnect.Benchmarks.WholeSystem;

/// <param name="Agents">Agents logged in through the AgentApi, Available, each with an open event stream.</param>
/// <param name="Rates">Offered inbound calls per second, one step each, in order (the ramp).</param>
/// <param name="StepDuration">How long each rate is offered.</param>
/// <param name="Soak">After the ramp, how long the highest sustained rate is offered again (zero: no soak).</param>
/// <param name="StopAfterFailures">Stop the ramp after this many steps in a row that were not sustained.</param>
public sealed record SystemSettings(
    int Agents,
    IReadOnlyList<double> Rates,
    TimeSpan StepDuration,
    int TalkTimeMs,
    int AnswerAfterMs,
    TimeSpan Soak,
    bool Durable,
    TimeSpan DeallocationDelay,
    int StopAfterFailures = 1);
