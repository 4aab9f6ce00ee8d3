using PureConnect.Persistence.EventStore;
using PureConnect.TestSupport;

namespace PureConnect.Persistence.IntegrationTests;

[Collection(PostgresCollection.Name)]
public sealed class SnapshotTests(PostgresFixture postgres) : IAsyncLifetime
{
    private TestDatabase db = null!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync(postgres, "snapshots");

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task A_stream_without_a_snapshot_reads_null()
    {
        Assert.Null(await db.Store.ReadSnapshotAsync("agent-1"));
    }

    [Fact]
    public async Task A_written_snapshot_reads_back()
    {
        var snapshot = new Snapshot("agent-1", 12, "V1.AgentState", """{"status": "Available"}""");

        await db.Store.WriteSnapshotAsync(snapshot);

        Assert.Equal(snapshot, await db.Store.ReadSnapshotAsync("agent-1"));
    }

    [Fact]
    public async Task A_newer_snapshot_replaces_an_older_one()
    {
        await db.Store.WriteSnapshotAsync(new Snapshot("agent-2", 5, "V1.AgentState", """{"v": 5}"""));
        var newer = new Snapshot("agent-2", 9, "V2.AgentState", """{"v": 9}""");

        await db.Store.WriteSnapshotAsync(newer);

        Assert.Equal(newer, await db.Store.ReadSnapshotAsync("agent-2"));
    }

    [Fact]
    public async Task An_older_snapshot_never_replaces_a_newer_one()
    {
        var newer = new Snapshot("agent-3", 9, "V1.AgentState", """{"v": 9}""");
        await db.Store.WriteSnapshotAsync(newer);

        await db.Store.WriteSnapshotAsync(new Snapshot("agent-3", 5, "V1.AgentState", """{"v": 5}"""));

        Assert.Equal(newer, await db.Store.ReadSnapshotAsync("agent-3"));
    }

    [Fact]
    public async Task The_latest_read_of_a_stream_without_a_snapshot_has_every_event()
    {
        var events = new[] { TestDatabase.NewEvent(), TestDatabase.NewEvent(), TestDatabase.NewEvent() };
        await db.Store.AppendAsync("agent-4", 0, events);

        var (snapshot, tail) = await db.Store.ReadLatestAsync("agent-4", "V1.AgentState");

        Assert.Null(snapshot);
        Assert.Equal(events.Select(e => e.EventId), tail.Select(e => e.EventId));
        Assert.Equal([1L, 2L, 3L], tail.Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task The_latest_read_gives_the_snapshot_of_the_type_and_only_the_events_after_it()
    {
        await db.Store.AppendAsync("agent-5", 0, [TestDatabase.NewEvent(), TestDatabase.NewEvent(), TestDatabase.NewEvent(), TestDatabase.NewEvent()]);
        var snapshot = new Snapshot("agent-5", 2, "V1.AgentState", """{"v": 2}""");
        await db.Store.WriteSnapshotAsync(snapshot);

        var latest = await db.Store.ReadLatestAsync("agent-5", "V1.AgentState");

        Assert.Equal(snapshot, latest.Snapshot);
        Assert.Equal([3L, 4L], latest.Events.Select(e => e.StreamVersion));
        Assert.All(latest.Events, e => Assert.Equal("agent-5", e.StreamId));
    }

    [Fact]
    public async Task The_latest_read_ignores_a_snapshot_of_another_schema_and_folds_from_the_first_event()
    {
        await db.Store.AppendAsync("agent-6", 0, [TestDatabase.NewEvent(), TestDatabase.NewEvent()]);
        await db.Store.WriteSnapshotAsync(new Snapshot("agent-6", 2, "V1.AgentState", """{"v": 2}"""));

        var latest = await db.Store.ReadLatestAsync("agent-6", "V2.AgentState");

        Assert.Null(latest.Snapshot);
        Assert.Equal([1L, 2L], latest.Events.Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task The_latest_read_of_a_new_stream_is_empty()
    {
        var latest = await db.Store.ReadLatestAsync("interaction-new", "V1.InteractionState");

        Assert.Null(latest.Snapshot);
        Assert.Empty(latest.Events);
    }
}
