using PureConnect.Persistence.EventStore;
using PureConnect.TestSupport;
using static PureConnect.Persistence.IntegrationTests.TestDatabase;

namespace PureConnect.Persistence.IntegrationTests;

[Collection(PostgresCollection.Name)]
public sealed class UnstorableAppendTests(PostgresFixture postgres) : IAsyncLifetime
{
    private TestDatabase db = null!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync(postgres, "poison");

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Theory]
    [InlineData("""{"notes":"a\u0000b"}""")]
    [InlineData("{\"notes\":\"a\0b\"}")]
    public async Task A_payload_with_a_nul_fails_alone_with_a_typed_exception_and_stores_nothing(string payload)
    {
        var error = await Assert.ThrowsAsync<UnstorableEventException>(() => db.Store.AppendAsync("interaction-1", 0, [NewEvent(payload: payload)]));

        Assert.Equal("interaction-1", error.StreamId);
        Assert.DoesNotContain("notes", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await db.Store.GetStreamVersionAsync("interaction-1"));
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 1), await db.Store.AppendAsync("interaction-1", 0, [NewEvent()]));
    }

    [Fact]
    public async Task An_escaped_backslash_before_u0000_is_ordinary_text()
    {
        var payload = """{"notes":"C:\\u0000"}""";

        Assert.True(StorableText.IsStorableJson(payload));
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 1), await db.Store.AppendAsync("agent-1", 0, [NewEvent(payload: payload)]));
    }

    [Fact]
    public async Task In_a_group_commit_only_the_append_postgres_refuses_fails_and_the_others_are_stored()
    {
        await using var store = new PostgresEventStore(db.DataSource, appendFlushers: 1);

        // Hold the only flusher on a stream locked by an open transaction, so that the appends below queue
        // up and go to PostgreSQL as one batch.
        await using var blocker = await db.DataSource.OpenConnectionAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var lockStream = new Npgsql.NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended('blocker', 0))", blocker, transaction))
        {
            await lockStream.ExecuteNonQueryAsync();
        }

        var first = store.AppendAsync("blocker", 0, [NewEvent()]);
        var good = Enumerable.Range(1, 5).Select(i => store.AppendAsync($"interaction-{i}", 0, [NewEvent(), NewEvent()])).ToList();
        var poison = store.AppendAsync("interaction-poison", 0, [NewEvent(payload: """{"notes": "not json""")]);
        var lastGood = store.AppendAsync("agent-7", 0, [NewEvent()]);
        await transaction.CommitAsync();

        Assert.Equal(new AppendResult(AppendOutcome.Appended, 1), await first);
        Assert.All(await Task.WhenAll(good), r => Assert.Equal(new AppendResult(AppendOutcome.Appended, 2), r));
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 1), await lastGood);
        var error = await Assert.ThrowsAsync<UnstorableEventException>(() => poison);
        Assert.Equal("interaction-poison", error.StreamId);
        Assert.Equal(0L, await store.GetStreamVersionAsync("interaction-poison"));
        Assert.Equal(12L, await db.ScalarAsync<long>("SELECT count(*) FROM events"));
    }

    [Theory]
    [InlineData("log_min_error_statement", "panic")]
    [InlineData("log_error_verbosity", "terse")]
    [InlineData("log_parameter_max_length_on_error", "0")]
    public async Task The_server_keeps_failed_statements_and_their_payloads_out_of_its_log(string setting, string expected) =>
        Assert.Equal(expected, await db.ScalarAsync<string>($"SHOW {setting}"));
}
