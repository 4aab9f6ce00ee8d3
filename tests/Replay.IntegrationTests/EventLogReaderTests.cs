using PureConnect.Persistence.EventStore;
using PureConnect.Replay.CommandLine;
using PureConnect.Replay.Reading;
using PureConnect.TestSupport;

namespace PureConnect.Replay.IntegrationTests;

/// <summary>The replay's reader reads the next page while the last one is folded: every event still arrives once, in order.</summary>
[Collection(PostgresCollection.Name)]
public sealed class EventLogReaderTests(PostgresFixture postgres)
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(13)]
    [InlineData(26)]
    [InlineData(1000)]
    public async Task Every_event_arrives_once_and_in_the_global_order_whatever_the_page_size(int pageSize)
    {
        await using var database = await StoredDay.OfAgent1Async(postgres); // 26 events
        await using var store = new ReadOnlyEventStore(database.ConnectionString);
        var until = await store.LastCheckpointAsync(CancellationToken.None);
        var read = new List<RecordedEvent>();
        var pages = 0;

        await new EventLogReader(store.Store, pageSize, until, TimeSpan.FromMilliseconds(50)).ReadAllAsync(async page =>
        {
            pages++;
            await Task.Delay(10); // folding takes a while: the next page is being read meanwhile
            read.AddRange(page);
        }, _ => { }, CancellationToken.None);

        Assert.Equal(26, read.Count);
        Assert.Equal(read.Count, read.Select(e => e.EventId).Distinct().Count());
        Assert.Equal(read.OrderBy(e => e.Checkpoint).Select(e => e.EventId), read.Select(e => e.EventId));
        Assert.Equal((26 + pageSize - 1) / pageSize, pages);
    }

    [Fact]
    public async Task A_fold_that_fails_stops_the_read_with_its_own_error()
    {
        await using var database = await StoredDay.OfAgent1Async(postgres);
        await using var store = new ReadOnlyEventStore(database.ConnectionString);
        var until = await store.LastCheckpointAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new EventLogReader(store.Store, 5, until, TimeSpan.FromMilliseconds(50))
                .ReadAllAsync(_ => throw new InvalidOperationException("fold failed"), _ => { }, CancellationToken.None));

        Assert.Equal("fold failed", error.Message);
    }
}
