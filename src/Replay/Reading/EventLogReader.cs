using PureConnect.Persistence.EventStore;

namespace PureConnect.Replay.Reading;

/// <summary>Reads every event of the store in global order, page by page, with the relay's gap-safe reader. Reads only.</summary>
public sealed class EventLogReader(IEventStore store, int pageSize)
{
    public async Task ReadAllAsync(Action<IReadOnlyList<RecordedEvent>> onPage, CancellationToken cancellationToken)
    {
        var checkpoint = GlobalCheckpoint.Start;
        while (true)
        {
            var page = await store.ReadAllAsync(checkpoint, pageSize, cancellationToken);
            if (page.Count == 0)
            {
                return;
            }

            onPage(page);
            checkpoint = page[^1].Checkpoint;
            if (page.Count < pageSize)
            {
                return;
            }
        }
    }
}
