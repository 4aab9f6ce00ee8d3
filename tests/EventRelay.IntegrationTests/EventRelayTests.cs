using Npgsql;
using PureConnect.Persistence.EventStore;
using PureConnect.Persistence.Migrations;
using PureConnect.TestSupport;

namespace PureConnect.EventRelay.IntegrationTests;

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Postgres";
}

[Collection(PostgresCollection.Name)]
public sealed class EventRelayTests(PostgresFixture postgres)
{
    private static EventData Event() => new(Guid.CreateVersion7(), "V1.Test", """{"n":1}""", EventMetadata.Empty);

    private async Task<(string ConnectionString, PostgresEventStore Store)> NewDatabaseAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync("relay");
        await DatabaseMigrator.MigrateAsync(connectionString, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        return (connectionString, new PostgresEventStore(NpgsqlDataSource.Create(connectionString)));
    }

    private static async Task<List<T>> WaitForAsync<T>(Func<List<T>> read, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (read().Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return read();
    }

    [Fact]
    public async Task Stored_events_are_published_in_order_promptly_and_with_their_event_id_as_message_id()
    {
        var (connectionString, store) = await NewDatabaseAsync();
        await using var relay = await RelayHarness.StartAsync(connectionString, idlePoll: TimeSpan.FromSeconds(30));
        await Task.Delay(300);

        var started = DateTime.UtcNow;
        var events = new[] { Event(), Event(), Event() };
        await store.AppendAsync("interaction-k1", 0, events);
        var received = await WaitForAsync(() => relay.Received.ToList(), 3);

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "the commit notification must wake the relay (its idle poll is 30 s)");
        Assert.Equal(events.Select(e => e.EventId), received.Select(r => r.EventId));
        Assert.All(received, r => Assert.Equal("k1", r.InteractionKey));
        Assert.Equal([1L, 2, 3], received.Select(r => r.StreamVersion));
    }

    [Fact]
    public async Task An_event_that_commits_after_one_with_a_higher_position_is_not_skipped()
    {
        var (connectionString, store) = await NewDatabaseAsync();
        await using var relay = await RelayHarness.StartAsync(connectionString);

        await using var slow = new NpgsqlConnection(connectionString);
        await slow.OpenAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        var slowEvent = Event();
        await using (var append = new NpgsqlCommand("SELECT * FROM append_events('interaction-slow', 0, $1, ARRAY['V1.Test'], ARRAY['{}'::jsonb], ARRAY['{}'::jsonb])", slow, transaction))
        {
            append.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [slowEvent.EventId] });
            await append.ExecuteNonQueryAsync();
        }

        var fastEvent = Event();
        await store.AppendAsync("interaction-fast", 0, [fastEvent]);
        await Task.Delay(700);
        Assert.Empty(relay.Received);

        await transaction.CommitAsync();
        // Whoever appends notifies after the commit, as the event store does.
        await using (var notify = new NpgsqlCommand("SELECT pg_notify('events_appended', '')", slow))
        {
            await notify.ExecuteNonQueryAsync();
        }

        var received = await WaitForAsync(() => relay.Received.ToList(), 2);

        Assert.Equal([slowEvent.EventId, fastEvent.EventId], received.Select(r => r.EventId));
    }

    [Fact]
    public async Task A_publish_the_broker_never_confirms_is_abandoned_and_the_relay_publishes_again_from_its_checkpoint()
    {
        // RabbitMQ's .NET client can leave a publish waiting forever for a confirmation lost with a broker restart, deaf to
        // cancellation: the first publish here never completes and ignores its token.
        var (connectionString, store) = await NewDatabaseAsync();
        var publishes = 0;
        var never = new TaskCompletionSource();
        await using var relay = await RelayHarness.StartAsync(connectionString, publishTimeout: TimeSpan.FromSeconds(1),
            beforePublish: () => Interlocked.Increment(ref publishes) == 1 ? never.Task : Task.CompletedTask);

        var events = new[] { Event(), Event(), Event() };
        await store.AppendAsync("interaction-hung", 0, events);
        var received = await WaitForAsync(() => relay.Received.ToList(), 3, TimeSpan.FromSeconds(60));

        Assert.Equal(events.Select(e => e.EventId), received.Select(r => r.EventId));
        Assert.True(publishes >= 4, "the hung publish was abandoned and its event published again");
    }

    [Fact]
    public async Task Only_one_relay_publishes_and_on_failover_the_next_resumes_from_the_checkpoint()
    {
        var (connectionString, store) = await NewDatabaseAsync();
        var leader = await RelayHarness.StartAsync(connectionString);
        await store.AppendAsync("interaction-first", 0, [Event()]);
        await WaitForAsync(() => leader.Received.ToList(), 1);
        await using var standby = await RelayHarness.StartAsync(connectionString);

        for (var i = 0; i < 20; i++)
        {
            await store.AppendAsync($"interaction-{i}", 0, [Event()]);
        }

        await WaitForAsync(() => leader.Received.ToList(), 21);
        await Task.Delay(500);
        Assert.Equal(21, leader.Received.Select(r => r.EventId).Distinct().Count());
        Assert.Empty(standby.Received);

        await leader.DisposeAsync();
        var afterFailover = Event();
        await store.AppendAsync("interaction-after", 0, [afterFailover]);
        await WaitForAsync(() => standby.Received.ToList(), 1);
        await Task.Delay(300);

        Assert.Equal([afterFailover.EventId], standby.Received.Select(r => r.EventId));
    }
}
