using PureConnect.Persistence.EventStore;

namespace PureConnect.Replay.Reading;

/// <summary>
/// Reads the events of the store in global order up to <paramref name="until"/> (the last event committed when the replay
/// began), page by page, with the relay's gap-safe reader. Reads only.
/// </summary>
/// <remarks>
/// The gap-safe reader holds back every event of a transaction newer than the oldest one still running anywhere on the
/// server. A relay simply polls again; a replay that stopped at the first short page would print a report that silently
/// lacks committed events, so it waits, polling every <paramref name="pollInterval"/>, until it has read up to
/// <paramref name="until"/>.
/// </remarks>
public sealed class EventLogReader(IEventStore store, int pageSize, GlobalCheckpoint? until, TimeSpan pollInterval)
{
    /// <param name="onPage">Gets each page (never empty).</param>
    /// <param name="onHeldBack">Told once each time the read has to wait for a transaction still running.</param>
    public Task ReadAllAsync(Action<IReadOnlyList<RecordedEvent>> onPage, Action<GlobalCheckpoint> onHeldBack, CancellationToken cancellationToken) =>
        ReadAllAsync(page =>
        {
            onPage(page);
            return Task.CompletedTask;
        }, onHeldBack, cancellationToken);

    /// <param name="onPage">Gets each page (never empty), in order; the next page is read from the server meanwhile.</param>
    /// <param name="onHeldBack">Told once each time the read has to wait for a transaction still running.</param>
    public async Task ReadAllAsync(Func<IReadOnlyList<RecordedEvent>, Task> onPage, Action<GlobalCheckpoint> onHeldBack, CancellationToken cancellationToken)
    {
        if (until is not { } end)
        {
            return;
        }

        var checkpoint = GlobalCheckpoint.Start;
        var waiting = false;
        Task<IReadOnlyList<RecordedEvent>>? readAhead = null;
        try
        {
            while (checkpoint.CompareTo(end) < 0)
            {
                var page = await (readAhead ?? store.ReadAllAsync(checkpoint, pageSize, cancellationToken));
                readAhead = null;
                var wanted = page.TakeWhile(e => e.Checkpoint.CompareTo(end) <= 0).ToList();
                if (wanted.Count > 0)
                {
                    checkpoint = wanted[^1].Checkpoint;
                    waiting = false;
                    if (wanted.Count == pageSize && checkpoint.CompareTo(end) < 0)
                    {
                        // The server reads the next page while this one is decoded and folded.
                        readAhead = store.ReadAllAsync(checkpoint, pageSize, cancellationToken);
                    }

                    await onPage(wanted);
                }

                if (page.Count > wanted.Count)
                {
                    return;
                }

                if (page.Count < pageSize && checkpoint.CompareTo(end) < 0)
                {
                    if (!waiting)
                    {
                        onHeldBack(checkpoint);
                        waiting = true;
                    }

                    await Task.Delay(pollInterval, cancellationToken);
                }
            }
        }
        finally
        {
            if (readAhead is not null)
            {
                // onPage failed or the read was cancelled: the page read ahead is not wanted, nor is its failure.
                await readAhead.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
    }
}
