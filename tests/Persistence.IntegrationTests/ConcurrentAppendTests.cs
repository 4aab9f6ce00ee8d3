using Npgsql;
using NpgsqlTypes;
using PureConnect.Persistence.EventStore;
using PureConnect.TestSupport;
using static PureConnect.Persistence.IntegrationTests.TestDatabase;

namespace PureConnect.Persistence.IntegrationTests;

[Collection(PostgresCollection.Name)]
public sealed class ConcurrentAppendTests(PostgresFixture postgres) : IAsyncLifetime
{
    private TestDatabase db = null!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync(postgres, "race");

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task Of_appenders_racing_with_one_expected_version_exactly_one_wins()
    {
        const int rounds = 20;
        const int appenders = 6;
        for (var round = 0; round < rounds; round++)
        {
            var streamId = $"interaction-{round}";
            var batches = Enumerable.Range(0, appenders).Select(_ => new[] { NewEvent(), NewEvent() }).ToArray();
            using var start = new ManualResetEventSlim();
            var racers = batches.Select(batch => Task.Run(async () =>
            {
                start.Wait();
                return (Batch: batch, Result: await db.Store.AppendAsync(streamId, 0, batch));
            })).ToArray();
            start.Set();
            var results = await Task.WhenAll(racers);

            var winner = Assert.Single(results, r => r.Result.Outcome == AppendOutcome.Appended);
            Assert.All(results.Where(r => r != winner), r => Assert.Equal(new AppendResult(AppendOutcome.WrongExpectedVersion, 2), r.Result));
            Assert.Equal(winner.Batch.Select(e => e.EventId), (await db.Store.ReadStreamAsync(streamId)).Select(e => e.EventId));
        }
    }

    [Fact]
    public async Task An_appender_that_waited_on_an_uncommitted_append_then_sees_the_new_version()
    {
        await using var first = await db.DataSource.OpenConnectionAsync();
        await using var transaction = await first.BeginTransactionAsync();
        Assert.Equal("appended", await AppendInTransactionAsync(first, "agent-9", 0));

        var second = db.Store.AppendAsync("agent-9", 0, [NewEvent()]);
        await Task.Delay(300);
        Assert.False(second.IsCompleted, "the second appender must wait for the first one's commit");
        await transaction.CommitAsync();

        Assert.Equal(new AppendResult(AppendOutcome.WrongExpectedVersion, 1), await second);
    }

    [Fact]
    public async Task Appends_to_many_streams_at_once_all_succeed_with_distinct_positions()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => db.Store.AppendAsync($"agent-{i}", 0, [NewEvent(), NewEvent()]))));

        Assert.All(results, r => Assert.Equal(new AppendResult(AppendOutcome.Appended, 2), r));
        var all = await db.Store.ReadAllAsync(GlobalCheckpoint.Start, 1000);
        Assert.Equal(80, all.Count);
        Assert.Equal(all.Select(e => e.Checkpoint).Order(), all.Select(e => e.Checkpoint));
        Assert.All(all.GroupBy(e => e.StreamId), stream => Assert.Equal([1L, 2L], stream.Select(e => e.StreamVersion)));
        Assert.Equal(80, all.Select(e => e.GlobalPosition).Distinct().Count());
    }

    [Fact]
    public async Task An_append_is_refused_when_its_transaction_already_wrote()
    {
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var write = new NpgsqlCommand("INSERT INTO snapshots (stream_id, stream_version, snapshot_type, payload) VALUES ('x', 1, 't', '{}')", connection))
        {
            await write.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<PostgresException>(() => AppendInTransactionAsync(connection, "agent-10", 0));

        Assert.Equal(PostgresErrorCodes.InvalidTransactionState, error.SqlState);
    }

    internal static async Task<string> AppendInTransactionAsync(NpgsqlConnection connection, string streamId, long expectedVersion)
    {
        await using var command = new NpgsqlCommand("SELECT outcome FROM append_events($1, $2, $3, $4, $5, $6)", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expectedVersion });
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [Guid.NewGuid()] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = ["V1.Tested"] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = ["{}"], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = ["{}"], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Group_committed_appends_to_one_stream_keep_their_own_outcomes()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(() => db.Store.AppendAsync("contended", 0, [NewEvent()]))));

        Assert.Single(results, r => r.Outcome == AppendOutcome.Appended);
        Assert.All(results.Where(r => r.Outcome != AppendOutcome.Appended), r => Assert.Equal(new AppendResult(AppendOutcome.WrongExpectedVersion, 1), r));
        Assert.Single(await db.Store.ReadStreamAsync("contended"));
    }

    [Fact]
    public async Task A_batch_that_is_partly_stored_already_is_refused_and_stores_nothing()
    {
        var stored = NewEvent();
        await db.Store.AppendAsync("partial", 0, [stored]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Store.AppendAsync("partial", 1, [stored, NewEvent()]));

        Assert.Single(await db.Store.ReadStreamAsync("partial"));
    }
}
