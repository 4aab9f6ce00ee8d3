using System.Diagnostics;
using Npgsql;
using PureConnect.Persistence.EventStore;
using PureConnect.TestSupport;
using static PureConnect.Persistence.IntegrationTests.TestDatabase;

namespace PureConnect.Persistence.IntegrationTests;

/// <summary>
/// The relay LISTENs for <c>events_appended</c>. The event store sends it after appends commit, at most once per notify
/// interval (a busy silo must not send one per commit), and never leaves a commit without a notification after it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CommitNotificationTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private TestDatabase db = null!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync(postgres, "notify");

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task Many_commits_share_notifications_spaced_by_the_interval_and_the_last_commit_is_notified()
    {
        var interval = TimeSpan.FromMilliseconds(200);
        await using var store = new PostgresEventStore(db.DataSource, notifyInterval: interval);
        var notifications = new List<long>();
        await using var listener = await ListenAsync(() =>
        {
            lock (notifications)
            {
                notifications.Add(Stopwatch.GetTimestamp());
            }
        });

        // 200 appends one after the other: 200 commits, far more than one per interval.
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync($"agent-{i % 7}", i / 7, [NewEvent()])).Outcome);
        }

        var lastCommit = Stopwatch.GetTimestamp();
        await WaitUntilAsync(() =>
        {
            lock (notifications)
            {
                return notifications.Any(n => n >= lastCommit);
            }
        });
        clock.Stop();

        long[] seen;
        lock (notifications)
        {
            seen = [.. notifications];
        }

        Assert.InRange(seen.Length, 1, (int)(clock.Elapsed / interval) + 2);
        for (var i = 1; i < seen.Length; i++)
        {
            // Spaced by the interval (a little slack for the two clocks: ours and the delivery of the notification).
            Assert.True(Stopwatch.GetElapsedTime(seen[i - 1], seen[i]) > interval * 0.5,
                $"notifications {i - 1} and {i} came {Stopwatch.GetElapsedTime(seen[i - 1], seen[i]).TotalMilliseconds:0} ms apart");
        }
    }

    [Fact]
    public async Task A_single_commit_is_notified_without_waiting_for_the_interval()
    {
        await using var store = new PostgresEventStore(db.DataSource, notifyInterval: TimeSpan.FromMinutes(10));
        var notified = 0;
        await using var listener = await ListenAsync(() => Interlocked.Increment(ref notified));

        await store.AppendAsync("agent-single", 0, [NewEvent()]);

        await WaitUntilAsync(() => Volatile.Read(ref notified) == 1);
    }

    [Fact]
    public async Task Disposing_the_store_does_not_wait_out_the_interval()
    {
        var store = new PostgresEventStore(db.DataSource, notifyInterval: TimeSpan.FromMinutes(10));
        await store.AppendAsync("agent-disposed", 0, [NewEvent()]);
        await store.AppendAsync("agent-disposed", 1, [NewEvent()]);

        var clock = Stopwatch.StartNew();
        await store.DisposeAsync();

        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"disposing took {clock.Elapsed}");
    }

    private async Task<Listener> ListenAsync(Action onNotification)
    {
        var connection = await db.DataSource.OpenConnectionAsync();
        await using (var listen = new NpgsqlCommand("LISTEN events_appended", connection))
        {
            await listen.ExecuteNonQueryAsync();
        }

        connection.Notification += (_, _) => onNotification();
        return new Listener(connection);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, "no notification arrived in time");
            await Task.Delay(20);
        }
    }

    /// <summary>Reads notifications as they arrive (so that each is seen when it comes), until disposed.</summary>
    private sealed class Listener : IAsyncDisposable
    {
        private readonly NpgsqlConnection _connection;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _reading;

        public Listener(NpgsqlConnection connection)
        {
            _connection = connection;
            _reading = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    await _connection.WaitAsync(_stop.Token);
                }
            });
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try
            {
                await _reading;
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }

            await _connection.DisposeAsync();
            _stop.Dispose();
        }
    }
}
