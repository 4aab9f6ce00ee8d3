namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>A running benchmark load: inbound calls at a fixed rate for a fixed time.</summary>
internal sealed class LoadRun(LoadRequest request, string workgroup, DateTimeOffset startedAt)
{
    public LoadRequest Request { get; } = request;

    public string Workgroup { get; } = workgroup;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public TimeSpan Duration { get; } = TimeSpan.FromSeconds(request.DurationSeconds);

    public CallPlan Plan => field ??= new CallPlan(
        TimeSpan.FromMilliseconds(Request.AnswerAfterMs), TimeSpan.FromMilliseconds(Request.TalkTimeMs), this);

    public long Generated { get; set; }

    public long Completed { get; set; }

    public bool Generating { get; set; } = true;
}
