using PureConnect.Persistence.EventStore;
using PureConnect.TestSupport;
using static PureConnect.Persistence.IntegrationTests.TestDatabase;

namespace PureConnect.Persistence.IntegrationTests;

[Collection(PostgresCollection.Name)]
public sealed class EventStoreTests(PostgresFixture postgres) : IAsyncLifetime
{
    private TestDatabase db = null!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync(postgres, "store");

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task Appended_events_read_back_with_payload_metadata_versions_and_positions()
    {
        var metadata = new EventMetadata(Guid.NewGuid(), Guid.NewGuid(), "icws-ingest");
        EventData[] batch =
        [
            NewEvent("V1.CallOffered", """{"interactionId": "100", "queue": "Support"}""", metadata),
            NewEvent("V1.CallConnected", """{"interactionId": "100"}""", new EventMetadata(Source: "agent-api")),
        ];

        var result = await db.Store.AppendAsync("interaction-100", 0, batch);

        Assert.Equal(new AppendResult(AppendOutcome.Appended, 2), result);
        var stream = await db.Store.ReadStreamAsync("interaction-100");
        Assert.Equal(batch.Select(e => e.EventId), stream.Select(e => e.EventId));
        Assert.Equal([1L, 2L], stream.Select(e => e.StreamVersion));
        Assert.Equal(["V1.CallOffered", "V1.CallConnected"], stream.Select(e => e.EventType));
        Assert.Equal("""{"queue": "Support", "interactionId": "100"}""", stream[0].JsonPayload); // jsonb normalises
        Assert.Equal(metadata, stream[0].Metadata);
        Assert.Equal(new EventMetadata(Source: "agent-api"), stream[1].Metadata);
        Assert.Equal(stream[0].GlobalPosition + 1, stream[1].GlobalPosition);
        Assert.All(stream, e => Assert.Equal("interaction-100", e.StreamId));
        Assert.All(stream, e => Assert.InRange(e.RecordedAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1)));
        Assert.Equal(2, await db.Store.GetStreamVersionAsync("interaction-100"));
        Assert.Equal(batch.Select(e => e.EventId), (await db.Store.ReadAllAsync(GlobalCheckpoint.Start, 10)).Select(e => e.EventId));
    }

    [Fact]
    public async Task Empty_metadata_is_stored_as_an_empty_object()
    {
        await db.Store.AppendAsync("agent-1", 0, [NewEvent()]);

        Assert.Equal(EventMetadata.Empty, (await db.Store.ReadStreamAsync("agent-1"))[0].Metadata);
        Assert.Equal("{}", await db.ScalarAsync<string>("SELECT metadata::text FROM events"));
    }

    [Fact]
    public async Task A_stream_without_events_has_version_zero_and_reads_empty()
    {
        Assert.Equal(0, await db.Store.GetStreamVersionAsync("nobody"));
        Assert.Empty(await db.Store.ReadStreamAsync("nobody"));
    }

    [Fact]
    public async Task Reading_a_stream_after_a_version_returns_only_the_later_events()
    {
        await db.Store.AppendAsync("agent-2", 0, [NewEvent(), NewEvent(), NewEvent()]);

        var tail = await db.Store.ReadStreamAsync("agent-2", afterVersion: 1);

        Assert.Equal([2L, 3L], tail.Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task An_append_with_a_stale_expected_version_is_rejected_and_changes_nothing()
    {
        await db.Store.AppendAsync("agent-3", 0, [NewEvent(), NewEvent()]);

        var stale = await db.Store.AppendAsync("agent-3", 1, [NewEvent()]);
        var tooNew = await db.Store.AppendAsync("agent-4", 1, [NewEvent()]);

        Assert.Equal(new AppendResult(AppendOutcome.WrongExpectedVersion, 2), stale);
        Assert.Equal(new AppendResult(AppendOutcome.WrongExpectedVersion, 0), tooNew);
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM events"));
    }

    [Fact]
    public async Task Resubmitting_a_committed_batch_reports_it_as_already_appended_and_stores_nothing_twice()
    {
        EventData[] batch = [NewEvent(), NewEvent()];
        await db.Store.AppendAsync("agent-5", 0, batch);

        var retry = await db.Store.AppendAsync("agent-5", 0, batch);
        var retryAtTheNewVersion = await db.Store.AppendAsync("agent-5", 2, batch);

        Assert.Equal(new AppendResult(AppendOutcome.AlreadyAppended, 2), retry);
        Assert.Equal(new AppendResult(AppendOutcome.AlreadyAppended, 2), retryAtTheNewVersion);
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM events"));
    }

    [Fact]
    public async Task A_batch_recognised_after_the_stream_moved_on_is_still_already_appended()
    {
        EventData[] batch = [NewEvent()];
        await db.Store.AppendAsync("agent-6", 0, batch);
        await db.Store.AppendAsync("agent-6", 1, [NewEvent()]);

        var lateRetry = await db.Store.AppendAsync("agent-6", 0, batch);

        Assert.Equal(new AppendResult(AppendOutcome.AlreadyAppended, 1), lateRetry);
        Assert.Equal(2, await db.Store.GetStreamVersionAsync("agent-6"));
    }

    [Fact]
    public async Task The_same_event_id_may_appear_in_different_streams()
    {
        var shared = NewEvent();

        Assert.Equal(AppendOutcome.Appended, (await db.Store.AppendAsync("agent-7", 0, [shared])).Outcome);
        Assert.Equal(AppendOutcome.Appended, (await db.Store.AppendAsync("agent-8", 0, [shared])).Outcome);
    }

    [Fact]
    public async Task ReadAll_pages_through_all_streams_in_global_order()
    {
        for (var i = 0; i < 5; i++)
        {
            await db.Store.AppendAsync($"stream-{i % 2}", i / 2, [NewEvent(payload: $$"""{"i": {{i}}}""")]);
        }

        var firstPage = await db.Store.ReadAllAsync(GlobalCheckpoint.Start, 3);
        var secondPage = await db.Store.ReadAllAsync(firstPage[^1].Checkpoint, 3);

        Assert.Equal(3, firstPage.Count);
        Assert.Equal(2, secondPage.Count);
        Assert.Equal(
            Enumerable.Range(0, 5).Select(i => $$"""{"i": {{i}}}"""),
            firstPage.Concat(secondPage).Select(e => e.JsonPayload));
    }
}
