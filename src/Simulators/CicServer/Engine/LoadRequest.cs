namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>
/// Body of <c>POST /control/load</c>. <see cref="Agents"/> (an addition to the brief) logs in that many
/// virtual agents (<c>load-agent-N</c> on <c>load-station-N</c>) into the workgroup so the load runs
/// without anyone logging agents in over HTTP.
/// </summary>
public sealed record LoadRequest(
    double CallsPerSecond,
    string? Workgroup,
    int TalkTimeMs,
    int AnswerAfterMs,
    double DurationSeconds,
    int Agents = 0);
