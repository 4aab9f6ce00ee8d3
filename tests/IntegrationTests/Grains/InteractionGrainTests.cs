using Npgsql;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.Infrastructure;
using PureConnect.Persistence.EventStore;

namespace PureConnect.IntegrationTests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class InteractionGrainTests(GrainClusterFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static InteractionObservation Observation(string id, string state, int second, string muted = "0") => new(id, "agent1",
        new Dictionary<string, string>
        {
            ["Eic_State"] = state,
            ["Eic_CallDirection"] = "I",
            ["Eic_RemoteAddress"] = "3175550100",
            ["Eic_RemoteName"] = "Pat Caller",
            ["Eic_ObjectType"] = "Call",
            ["Eic_Muted"] = muted,
        }, T0.AddSeconds(second));

    private static string NewKey() => $"test-{Guid.NewGuid():N}";

    [Fact]
    public async Task Observations_become_events_in_the_store_and_duplicates_append_nothing()
    {
        var key = NewKey();
        var grain = fixture.Grains.GetGrain<IInteractionGrain>(key);

        await grain.ObserveAsync(Observation("1000000001", "A", 0));
        await grain.ObserveAsync(Observation("1000000001", "A", 1));
        await grain.ObserveAsync(Observation("1000000001", "C", 2));
        await grain.ObserveAsync(Observation("1000000001", "C", 3));

        var view = await grain.GetViewAsync();
        Assert.Equal(InteractionStatus.Connected, view.Status);
        Assert.Equal(4, view.Version);
        Assert.Equal(["V1.InteractionDiscovered", "V1.InteractionAssigned", "V1.InteractionAlerting", "V1.InteractionConnected"],
            (await ReadStreamAsync(key)).Select(e => e.EventType));
    }

    [Fact]
    public async Task A_reactivated_grain_starts_from_its_latest_snapshot_and_folds_only_the_tail()
    {
        var key = NewKey();
        var grain = fixture.Grains.GetGrain<IInteractionGrain>(key);
        await grain.ObserveAsync(Observation("1000000002", "C", 0));
        for (var i = 1; i <= 60; i++)
        {
            await grain.ObserveAsync(Observation("1000000002", "C", i, muted: i % 2 == 1 ? "1" : "0"));
        }

        var before = await grain.GetViewAsync();
        await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var after = await grain.GetViewAsync();

        var snapshot = await Store.ReadSnapshotAsync(InteractionGrain.StreamIdOf(key));
        Assert.NotNull(snapshot);
        Assert.Equal(50, snapshot.StreamVersion);
        Assert.Equal(before with { CallLog = null }, after with { CallLog = null });
        Assert.Equal(before.CallLog! with { Names = [], RelatedTo = [] }, after.CallLog! with { Names = [], RelatedTo = [] });
        Assert.Equal(63, after.Version);
    }

    [Fact]
    public async Task A_conflicting_append_is_resolved_by_re_reading_never_by_overwriting()
    {
        var key = NewKey();
        var streamId = InteractionGrain.StreamIdOf(key);
        var grain = fixture.Grains.GetGrain<IInteractionGrain>(key);
        await grain.ObserveAsync(Observation("1000000003", "A", 0));
        var serializer = EventSerializer.ForContracts();
        var external = new InteractionHeld(T0.AddSeconds(1));
        var outside = await Store.AppendAsync(streamId, 3,
            [new EventData(Guid.NewGuid(), serializer.NameOf(external), serializer.Serialize(external), EventMetadata.Empty)]);
        Assert.Equal(AppendOutcome.Appended, outside.Outcome);

        await grain.ObserveAsync(Observation("1000000003", "I", 5));

        var stored = await ReadStreamAsync(key);
        Assert.Equal([1L, 2, 3, 4, 5], stored.Select(e => e.StreamVersion));
        Assert.Equal("V1.InteractionHeld", stored[3].EventType);
        Assert.Equal("V1.InteractionDisconnected", stored[4].EventType);
        Assert.Equal(InteractionStatus.Disconnected, (await grain.GetViewAsync()).Status);
    }

    [Fact]
    public async Task Closing_an_unobserved_interaction_ends_and_deallocates_it_once()
    {
        var key = NewKey();
        var grain = fixture.Grains.GetGrain<IInteractionGrain>(key);
        await grain.ObserveAsync(Observation("1000000004", "C", 0));

        await grain.CloseUnobservedAsync(T0.AddMinutes(1));
        await grain.CloseUnobservedAsync(T0.AddMinutes(2));

        var view = await grain.GetViewAsync();
        Assert.Equal((InteractionStatus.Disconnected, DisconnectedBy.Unobserved, true, T0.AddMinutes(1)),
            (view.Status, view.DisconnectedBy, view.Deallocated, view.DisconnectedAt));
        Assert.Equal(5, (await ReadStreamAsync(key)).Count);
    }

    [Fact]
    public async Task An_observation_the_store_cannot_take_is_refused_at_once_and_the_grain_stays_usable()
    {
        var key = NewKey();
        var grain = fixture.Grains.GetGrain<IInteractionGrain>(key);
        var clean = Observation("1000000005", "A", 0);
        var poison = clean with { Attributes = new Dictionary<string, string>(clean.Attributes) { ["Eic_RemoteName"] = "Pat\0Caller" } };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => grain.ObserveAsync(poison).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Contains("cannot be stored", error.Message, StringComparison.Ordinal);
        Assert.Empty(await ReadStreamAsync(key));
        await grain.ObserveAsync(Observation("1000000005", "A", 1)).WaitAsync(TimeSpan.FromSeconds(60));
        await grain.ObserveAsync(Observation("1000000005", "C", 2)).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(InteractionStatus.Connected, (await grain.GetViewAsync()).Status);
        Assert.Equal(4, (await ReadStreamAsync(key)).Count);
    }

    private IEventStore Store => field ??= new PostgresEventStore(NpgsqlDataSource.Create(fixture.ConnectionString));

    private Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string key) => Store.ReadStreamAsync(InteractionGrain.StreamIdOf(key));
}
