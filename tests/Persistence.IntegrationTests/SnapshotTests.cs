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
}
