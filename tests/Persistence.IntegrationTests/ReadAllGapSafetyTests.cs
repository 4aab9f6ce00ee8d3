using PureConnect.Persistence.EventStore;
using PureConnect.TestSupport;
using static PureConnect.Persistence.IntegrationTests.TestDatabase;

namespace PureConnect.Persistence.IntegrationTests;

[Collection(PostgresCollection.Name)]
public sealed class ReadAllGapSafetyTests(PostgresFixture postgres) : IAsyncLifetime
{
    private TestDatabase db = null!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync(postgres, "gaps");

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task A_later_position_that_committed_first_is_held_back_until_the_earlier_one_commits()
    {
        await db.Store.AppendAsync("before", 0, [NewEvent()]);
        var first = (await db.Store.ReadAllAsync(GlobalCheckpoint.Start, 10)).Single();
        var checkpoint = first.GlobalPosition;

        await using var slow = await db.DataSource.OpenConnectionAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        await ConcurrentAppendTests.AppendInTransactionAsync(slow, "slow", 0);
        await db.Store.AppendAsync("fast", 0, [NewEvent()]);

        // The gap is real: the later position is committed and visible to any plain query.
        var positions = await PositionsByStreamAsync();
        Assert.Equal(checkpoint + 2, positions["fast"]);
        Assert.False(positions.ContainsKey("slow"));
        Assert.Empty(await db.Store.ReadAllAsync(first.Checkpoint, 10));

        await transaction.CommitAsync();

        var released = await db.Store.ReadAllAsync(first.Checkpoint, 10);
        Assert.Equal(["slow", "fast"], released.Select(e => e.StreamId));
        Assert.Equal([checkpoint + 1, checkpoint + 2], released.Select(e => e.GlobalPosition));
    }

    [Fact]
    public async Task A_rolled_back_append_leaves_a_hole_that_ReadAll_passes_over()
    {
        await using (var aborted = await db.DataSource.OpenConnectionAsync())
        await using (var transaction = await aborted.BeginTransactionAsync())
        {
            await ConcurrentAppendTests.AppendInTransactionAsync(aborted, "aborted", 0);
            await db.Store.AppendAsync("kept", 0, [NewEvent()]);
            Assert.Empty(await db.Store.ReadAllAsync(GlobalCheckpoint.Start, 10));
            await transaction.RollbackAsync();
        }

        var all = await db.Store.ReadAllAsync(GlobalCheckpoint.Start, 10);

        Assert.Equal(2, Assert.Single(all).GlobalPosition);
    }

    [Fact]
    public async Task A_reader_following_concurrent_writers_by_checkpoint_never_skips_an_event()
    {
        const int writers = 8;
        const int appendsPerWriter = 40;
        var seen = new List<RecordedEvent>();
        var writing = Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < appendsPerWriter; i++)
            {
                await db.Store.AppendAsync($"writer-{w}", i, [NewEvent()]);
            }
        })));

        var checkpoint = GlobalCheckpoint.Start;
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (seen.Count < writers * appendsPerWriter && DateTime.UtcNow < deadline)
        {
            var page = await db.Store.ReadAllAsync(checkpoint, 50);
            seen.AddRange(page);
            checkpoint = page.Count > 0 ? page[^1].Checkpoint : checkpoint;
        }

        await writing;
        var stored = await AllPositionsAsync();
        Assert.Equal(writers * appendsPerWriter, stored.Count);
        Assert.Equal(stored, seen.Select(e => e.GlobalPosition).Order());
        Assert.All(seen.GroupBy(e => e.StreamId), stream =>
            Assert.Equal(Enumerable.Range(1, appendsPerWriter).Select(v => (long)v), stream.Select(e => e.StreamVersion)));
    }

    private async Task<List<long>> AllPositionsAsync()
    {
        await using var command = db.DataSource.CreateCommand("SELECT global_position FROM events ORDER BY global_position");
        await using var reader = await command.ExecuteReaderAsync();
        var positions = new List<long>();
        while (await reader.ReadAsync())
        {
            positions.Add(reader.GetInt64(0));
        }

        return positions;
    }

    private async Task<Dictionary<string, long>> PositionsByStreamAsync()
    {
        await using var command = db.DataSource.CreateCommand("SELECT stream_id, global_position FROM events");
        await using var reader = await command.ExecuteReaderAsync();
        var positions = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            positions[reader.GetString(0)] = reader.GetInt64(1);
        }

        return positions;
    }
}
