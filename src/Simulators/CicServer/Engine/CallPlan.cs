namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>What the simulator itself does with a generated call: pick it up for the agent after
/// <see cref="AnswerAfter"/>, hang up as the caller <see cref="TalkTime"/> after connect.</summary>
internal sealed record CallPlan(TimeSpan? AnswerAfter, TimeSpan? TalkTime, LoadRun? Run);
