using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PureConnect.CallLogs;
using PureConnect.CrmProjector.CallLogs;
using PureConnect.CrmProjector.IntegrationTests.Infrastructure;
using PureConnect.Persistence.Migrations;
using PureConnect.TestSupport;

namespace PureConnect.CrmProjector.IntegrationTests.CallLogs;

/// <summary>
/// The call-log store folds onto what it last wrote and group-commits its writes, each conditional on the row's version. What
/// a row-reading fold decided must hold the same: duplicates ignored, gaps refused, a row moved by someone else (another
/// projector instance, a repair) folded from the stored row, and dirty/lock judged on the row as stored.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class CallLogStoreTests(BrokerFixture broker)
{
    [Fact]
    public async Task A_row_moved_by_another_writer_is_folded_from_the_stored_row_not_from_memory()
    {
        var (connectionString, dataSource) = await DatabaseAsync("movedrow");
        await using var _ = dataSource;
        await using var store = new CallLogStore(dataSource);
        await store.ApplyAsync("k1", 1, s => Mark(s, "k1", 1, "mine-1"), Fields, CancellationToken.None);

        // Another instance folds event 2 meanwhile.
        await ExecuteAsync(connectionString, """
            UPDATE call_logs SET version = 2, state = jsonb_set(jsonb_set(state, '{version}', '2'), '{comments}', '"theirs-2"') WHERE interaction_key = 'k1'
            """);

        await store.ApplyAsync("k1", 2, s => Mark(s, "k1", 2, "mine-2"), Fields, CancellationToken.None); // a duplicate now
        Assert.Equal((2L, "theirs-2"), await StoredAsync(connectionString, "k1"));

        await store.ApplyAsync("k1", 3, s => Mark(s, "k1", 3, s.Comments + "+mine-3"), Fields, CancellationToken.None);
        Assert.Equal((3L, "theirs-2+mine-3"), await StoredAsync(connectionString, "k1"));

        await Assert.ThrowsAsync<CallLogVersionGapException>(() => store.ApplyAsync("k1", 5, s => Mark(s, "k1", 5, "skipped"), Fields, CancellationToken.None));
        Assert.Equal((3L, "theirs-2+mine-3"), await StoredAsync(connectionString, "k1"));
    }

    [Fact]
    public async Task A_locked_log_stays_clean_unless_the_fold_reopens_it_and_fields_already_in_Salesforce_are_not_sent_again()
    {
        var (connectionString, dataSource) = await DatabaseAsync("lockeddirty");
        await using var _ = dataSource;
        await using var store = new CallLogStore(dataSource);
        await store.ApplyAsync("k2", 1, s => Mark(s, "k2", 1, "first"), Fields, CancellationToken.None);
        Assert.True(await DirtyAsync(connectionString, "k2"));

        await ExecuteAsync(connectionString, "UPDATE call_logs SET synced_fields = fields, dirty = false WHERE interaction_key = 'k2'");
        await store.ApplyAsync("k2", 2, s => s with { Version = 2 }, Fields, CancellationToken.None);
        Assert.False(await DirtyAsync(connectionString, "k2")); // same fields as Salesforce has

        await ExecuteAsync(connectionString, "UPDATE call_logs SET locked_at = now() WHERE interaction_key = 'k2'");
        await store.ApplyAsync("k2", 3, s => Mark(s, "k2", 3, "after the lock"), Fields, CancellationToken.None);
        Assert.False(await DirtyAsync(connectionString, "k2")); // locked: not written

        await store.ApplyAsync("k2", 4, s => Mark(s, "k2", 4, "edited in time") with { EditedAt = DateTimeOffset.UtcNow }, Fields, CancellationToken.None);
        Assert.True(await DirtyAsync(connectionString, "k2")); // the edit reopens it
        Assert.Equal(0L, await ScalarAsync(connectionString, "SELECT count(*) FROM call_logs WHERE interaction_key = 'k2' AND locked_at IS NOT NULL"));
    }

    [Fact]
    public async Task Many_interactions_folded_at_once_each_end_with_every_event_in_order()
    {
        var (connectionString, dataSource) = await DatabaseAsync("manyfolds");
        await using var _ = dataSource;
        await using var store = new CallLogStore(dataSource);
        await Parallel.ForEachAsync(Enumerable.Range(1, 200), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (n, ct) =>
        {
            var key = $"many-{n}";
            for (var version = 1L; version <= 6; version++)
            {
                var v = version;
                await store.ApplyAsync(key, v, s => Mark(s, key, v, s.Comments + v), Fields, ct);
                await store.ApplyAsync(key, v, s => Mark(s, key, v, "duplicate"), Fields, ct); // a redelivery changes nothing
            }
        });

        Assert.Equal(200L, await ScalarAsync(connectionString, "SELECT count(*) FROM call_logs WHERE version = 6 AND state->>'comments' = '123456'"));
    }

    private static CallLogState Mark(CallLogState state, string key, long version, string comments) =>
        state with { InteractionKey = key, Version = version, Comments = comments };

    private static CallLogFields Fields(CallLogState state) =>
        new("Call", "Call", "Inbound", null, null, state.Comments, null, null, "Completed");

    private async Task<(string, NpgsqlDataSource)> DatabaseAsync(string name)
    {
        var connectionString = await broker.Postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName(name));
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);
        return (connectionString, NpgsqlDataSource.Create(connectionString));
    }

    private static async Task<(long, string?)> StoredAsync(string connectionString, string key)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version, state->>'comments' FROM call_logs WHERE interaction_key = $1", connection);
        command.Parameters.AddWithValue(key);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    private static async Task<bool> DirtyAsync(string connectionString, string key) =>
        await ScalarAsync(connectionString, $"SELECT count(*) FROM call_logs WHERE interaction_key = '{key}' AND dirty") == 1;

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
