namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>
/// The org's API requests in a rolling 24 hours: each counted request is remembered with its time and forgotten
/// 24 hours later. Requests at the same instant share one entry. Thread-safe.
/// </summary>
internal sealed class ApiUsageCounter(long limit, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private readonly Lock _gate = new();
    private readonly Queue<(DateTimeOffset At, long Count)> _entries = new();
    private (DateTimeOffset At, long Count)? _latest;
    private long _used;
    private long _limit = limit;

    /// <summary>Counts one request, unless the allocation is used up.</summary>
    public bool TryConsume()
    {
        lock (_gate)
        {
            var now = Evict();
            if (_used >= _limit)
                return false;

            Add(now, 1);
            return true;
        }
    }

    public (long Used, long Limit) Current
    {
        get
        {
            lock (_gate)
            {
                Evict();
                return (_used, _limit);
            }
        }
    }

    /// <summary>Replaces the window by <paramref name="used"/> requests made now, and optionally the limit.</summary>
    public void Set(long? used, long? limit)
    {
        lock (_gate)
        {
            if (limit is { } newLimit)
                _limit = newLimit;

            if (used is { } newUsed)
            {
                _entries.Clear();
                _latest = null;
                _used = 0;
                Add(time.GetUtcNow(), newUsed);
            }
        }
    }

    private void Add(DateTimeOffset now, long count)
    {
        if (count <= 0)
            return;

        _used += count;
        if (_latest is { } latest && latest.At == now)
        {
            _latest = (now, latest.Count + count);
            return;
        }

        if (_latest is { } previous)
            _entries.Enqueue(previous);

        _latest = (now, count);
    }

    private DateTimeOffset Evict()
    {
        var now = time.GetUtcNow();
        while (_entries.TryPeek(out var oldest) && now - oldest.At >= Window)
            _used -= _entries.Dequeue().Count;

        if (_entries.Count == 0 && _latest is { } latest && now - latest.At >= Window)
        {
            _used -= latest.Count;
            _latest = null;
        }

        return now;
    }
}
