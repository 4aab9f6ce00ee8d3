using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PureConnect.Grains.EventSourcing;
using PureConnect.IcwsIngest.Parking;
using PureConnect.Persistence.Migrations;
using PureConnect.TestSupport;

namespace PureConnect.IcwsIngest.UnitTests;

/// <summary>A work item that keeps failing is parked after a bounded number of attempts, and its lane moves on.</summary>
[Collection(PostgresCollection.Name)]
public sealed class GrainLanesTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly GrainCallRetry FastRetry = new(MaxAttempts: 3, FirstDelay: TimeSpan.FromMilliseconds(10), MaxDelay: TimeSpan.FromMilliseconds(40));
    private NpgsqlDataSource dataSource = null!;
    private PostgresParkedWorkStore parked = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync("lanes");
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance);
        dataSource = NpgsqlDataSource.Create(connectionString);
        parked = new PostgresParkedWorkStore(dataSource);
    }

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    [Fact]
    public async Task A_call_that_always_fails_is_parked_after_its_attempts_and_the_work_behind_it_on_the_lane_runs()
    {
        await using var lanes = new GrainLanes(1, FastRetry, parked, NullLogger.Instance, TimeProvider.System);
        var attempts = 0;
        var later = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await lanes.EnqueueAsync("100120261124", "observe interaction 1001 on the queue of agent1", () =>
        {
            Interlocked.Increment(ref attempts);
            throw new InvalidOperationException("the grain is broken");
        }, CancellationToken.None);
        await lanes.EnqueueAsync("100220261124", "observe interaction 1002 on the queue of agent1", () =>
        {
            later.TrySetResult();
            return Task.CompletedTask;
        }, CancellationToken.None);

        await later.Task.WaitAsync(Deadline);
        Assert.Equal(3, Volatile.Read(ref attempts));
        var item = await WaitForParkedAsync();
        Assert.Equal(("100120261124", "observe interaction 1001 on the queue of agent1", "InvalidOperationException: the grain is broken", 3),
            (item.Key, item.Description, item.Error, item.Attempts));
        Assert.InRange(item.ParkedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Input_a_grain_refuses_as_unstorable_is_parked_at_once_and_control_characters_never_reach_the_table()
    {
        await using var lanes = new GrainLanes(1, FastRetry with { MaxAttempts = 50, FirstDelay = TimeSpan.FromSeconds(5) }, parked, NullLogger.Instance, TimeProvider.System);
        var later = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await lanes.EnqueueAsync("key\0with nul", "observe interaction 1003", () => throw new UnstorableInputException("cannot be stored"), CancellationToken.None);
        await lanes.EnqueueAsync("agent2", "observe the status of agent2", () =>
        {
            later.TrySetResult();
            return Task.CompletedTask;
        }, CancellationToken.None);

        await later.Task.WaitAsync(Deadline);
        var item = await WaitForParkedAsync();
        Assert.Equal(("keywith nul", 1), (item.Key, item.Attempts));
        Assert.StartsWith("UnstorableInputException", item.Error, StringComparison.Ordinal);
    }

    private async Task<ParkedWork> WaitForParkedAsync()
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (true)
        {
            var latest = await parked.LatestAsync(10, CancellationToken.None);
            if (latest.Count > 0)
            {
                return Assert.Single(latest);
            }

            Assert.True(DateTime.UtcNow < deadline, "nothing was parked in time");
            await Task.Delay(50);
        }
    }
}
