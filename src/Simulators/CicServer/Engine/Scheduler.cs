namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>Timed engine actions, run by <see cref="CicEngine.Tick"/> once their time has come.
/// Ties run in the order they were scheduled.</summary>
internal sealed class Scheduler
{
    private readonly PriorityQueue<Action, (long DueTicks, long Sequence)> _queue = new();
    private long _sequence;

    public int Count => _queue.Count;

    public void At(DateTimeOffset due, Action action) => _queue.Enqueue(action, (due.UtcTicks, _sequence++));

    public void RunDue(DateTimeOffset now)
    {
        while (_queue.TryPeek(out _, out var priority) && priority.DueTicks <= now.UtcTicks)
        {
            _queue.Dequeue()();
        }
    }
}
