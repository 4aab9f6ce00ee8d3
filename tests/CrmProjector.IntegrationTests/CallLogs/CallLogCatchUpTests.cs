using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using PureConnect.CallLogs;
using PureConnect.CrmProjector.CallLogs;
using PureConnect.CrmProjector.IntegrationTests.Infrastructure;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;
using PureConnect.Persistence.EventStore;
using PureConnect.Persistence.Migrations;
using PureConnect.TestSupport;

namespace PureConnect.CrmProjector.IntegrationTests.CallLogs;

/// <summary>
/// Under load the broker hands an interaction's events to the projector slightly out of order. An event that overtook its
/// predecessors is folded at once, with them, from the event store — it used to fail into a retry with back-off (seconds of delay
/// and a logged exception each time) — and the predecessors arriving afterwards change nothing.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class CallLogCatchUpTests(BrokerFixture broker)
{
    private static readonly EventSerializer Serializer = EventSerializer.ForContracts();

    [Fact]
    public async Task An_event_delivered_before_its_predecessors_is_folded_with_them_from_the_event_store()
    {
        var connectionString = await broker.Postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("catchup"));
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var events = new PostgresEventStore(dataSource);
        await using var store = new CallLogStore(dataSource);
        var folding = new CallLogFolding(store, Serializer, Options.Create(new CallLogOptions()));
        var catchUp = new CallLogCatchUp(store, folding, events);

        // One start for both calls: the subject names the call's time, which must not straddle a second between them.
        var start = DateTimeOffset.UtcNow.AddMinutes(-2);
        var stored = await AppendCallAsync(events, "overtaken", talkSeconds: 42, start);
        var inOrder = await AppendCallAsync(events, "in-order", talkSeconds: 42, start);

        // The fourth event (connected) arrives first, then the last, then the others (duplicates of what was folded).
        await catchUp.ApplyDeliveredAsync("overtaken", 4, stored[3].Type, stored[3].Payload, CancellationToken.None);
        Assert.Equal(5L, await store.VersionAsync("overtaken", CancellationToken.None));
        foreach (var version in new[] { 5, 1, 2, 3 })
        {
            var e = stored[version - 1];
            await catchUp.ApplyDeliveredAsync("overtaken", version, e.Type, e.Payload, CancellationToken.None);
        }

        for (var version = 1; version <= inOrder.Count; version++)
        {
            await catchUp.ApplyDeliveredAsync("in-order", version, inOrder[version - 1].Type, inOrder[version - 1].Payload, CancellationToken.None);
        }

        // The same call log as folding the events in order (the call object is the interaction's key).
        Assert.Equal(await FieldsAsync(connectionString, "in-order"),
            (await FieldsAsync(connectionString, "overtaken")).Replace("\"overtaken\"", "\"in-order\"", StringComparison.Ordinal));
        Assert.Contains("42", await FieldsAsync(connectionString, "overtaken"));
        Assert.Equal(5L, await store.VersionAsync("overtaken", CancellationToken.None));
    }

    [Fact]
    public async Task An_event_the_event_store_does_not_have_is_refused_and_leaves_the_call_log_as_it_was()
    {
        var connectionString = await broker.Postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("catchupmissing"));
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var events = new PostgresEventStore(dataSource);
        await using var store = new CallLogStore(dataSource);
        var catchUp = new CallLogCatchUp(store, new CallLogFolding(store, Serializer, Options.Create(new CallLogOptions())), events);
        var stored = await AppendCallAsync(events, "short", talkSeconds: 10, DateTimeOffset.UtcNow.AddMinutes(-2));

        await Assert.ThrowsAsync<CallLogVersionGapException>(() =>
            catchUp.ApplyDeliveredAsync("short", 7, stored[0].Type, stored[0].Payload, CancellationToken.None));

        // What the store has is folded; the event it lacks waits for the retries and the repair.
        Assert.Equal(5L, await store.VersionAsync("short", CancellationToken.None));
    }

    private static async Task<List<(string Type, string Payload)>> AppendCallAsync(IEventStore events, string key, int talkSeconds, DateTimeOffset start)
    {
        InteractionEvent[] call =
        [
            new InteractionDiscovered("1001", "Call", InteractionDirection.Inbound, "3175550100", "Caller", "Sales", false, start, start),
            new InteractionAssigned("agent1", start.AddSeconds(1)),
            new InteractionAlerting("agent1", start.AddSeconds(2)),
            new InteractionConnected(start.AddSeconds(5)),
            new InteractionDisconnected(DisconnectedBy.Remote, start.AddSeconds(5 + talkSeconds)),
        ];
        var appended = new List<(string, string)>();
        foreach (var @event in call)
        {
            var (type, payload) = (Serializer.NameOf(@event), Serializer.Serialize(@event));
            var result = await events.AppendAsync($"interaction-{key}", appended.Count,
                [new EventData(Guid.NewGuid(), type, payload, EventMetadata.Empty)]);
            Assert.Equal(AppendOutcome.Appended, result.Outcome);
            appended.Add((type, payload));
        }

        return appended;
    }

    private static async Task<string> FieldsAsync(string connectionString, string key)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT fields::text FROM call_logs WHERE interaction_key = $1", connection);
        command.Parameters.AddWithValue(key);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
