using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using PureConnect.Persistence.EventStore;

namespace PureConnect.EventRelay;

/// <summary>
/// Publishes stored events to MassTransit in global order, at least once, with a persisted checkpoint.
/// Only one relay of a name runs at a time across all processes: the leader holds a PostgreSQL session
/// advisory lock on its own connection, which PostgreSQL releases if the process or connection dies. The
/// same connection LISTENs for the commit notifications of <c>events_appended</c>, so the relay wakes as
/// soon as events are stored; <see cref="EventRelayOptions.IdlePoll"/> is only a safety net. Reads are
/// gap-safe (<see cref="IEventStore.ReadAllAsync"/>): an event that committed after one with a higher
/// position is still relayed, in its place.
/// </summary>
public sealed class EventRelayService(
    NpgsqlDataSource dataSource,
    IEventStore store,
    RelayCheckpoints checkpoints,
    IBus bus,
    IOptions<EventRelayOptions> options,
    ILogger<EventRelayService> logger) : BackgroundService
{
    private const long LockNamespace = 0x5043_5245_4C41_5900; // "PCRELAY"

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunWhileLeaderAsync(settings, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Event relay {Relay} failed; retrying", settings.Name);
            }

            try
            {
                await Task.Delay(settings.LeadershipRetry, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task RunWhileLeaderAsync(EventRelayOptions settings, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await TryLeadAsync(connection, settings.Name, cancellationToken))
        {
            return;
        }

        try
        {
            await LeadAsync(connection, settings, cancellationToken);
        }
        finally
        {
            await ReleaseAsync(connection);
        }
    }

    /// <summary>
    /// Pooled connections are not reset (NoResetOnClose): the leader gives up its advisory lock and its LISTEN before the
    /// connection goes back to the pool, so no other user of the pool holds the relay's leadership by accident.
    /// </summary>
    private async Task ReleaseAsync(NpgsqlConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var release = new NpgsqlCommand("UNLISTEN *; SELECT pg_advisory_unlock_all()", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // A broken connection leaves the pool and its session ends with it, lock and LISTEN included.
            logger.LogInformation(ex, "Could not release the relay's lock explicitly; the broken connection is discarded");
        }
    }

    private async Task LeadAsync(NpgsqlConnection connection, EventRelayOptions settings, CancellationToken cancellationToken)
    {
        RelayMetrics.LeadershipAcquired.Add(1);
        await using (var listen = new NpgsqlCommand("LISTEN events_appended", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        // A notification that arrives while a read runs is raised as an event, not to a later WaitAsync: remember it.
        var notified = 0;
        void OnNotification(object sender, NpgsqlNotificationEventArgs e) => Volatile.Write(ref notified, 1);
        connection.Notification += OnNotification;
        var checkpoint = await checkpoints.ReadAsync(settings.Name, cancellationToken);
        var saved = checkpoint;
        var lastSave = Environment.TickCount64;
        logger.LogInformation("Event relay {Relay} is leading from {Checkpoint}", settings.Name, checkpoint);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                Volatile.Write(ref notified, 0);
                var page = await store.ReadAllAsync(checkpoint, settings.PageSize, cancellationToken);
                if (page.Count > 0)
                {
                    RelayMetrics.Reading(page[0].RecordedAt);
                }

                await PublishPageAsync(page, settings.PublishTimeout, cancellationToken);

                if (page.Count > 0)
                {
                    checkpoint = page[^1].Checkpoint;
                    RelayMetrics.PagePublished(page[^1].RecordedAt, more: page.Count >= settings.PageSize);
                }
                else
                {
                    RelayMetrics.CaughtUpNow();
                }

                if (checkpoint != saved && Environment.TickCount64 - lastSave >= (long)settings.CheckpointInterval.TotalMilliseconds)
                {
                    await checkpoints.SaveAsync(settings.Name, checkpoint, cancellationToken);
                    (saved, lastSave) = (checkpoint, Environment.TickCount64);
                }

                if (page.Count >= settings.PageSize)
                {
                    continue;
                }

                // Caught up: sleep until a commit notifies (or the safety net passes, or an unsaved checkpoint is due).
                if (Volatile.Read(ref notified) == 0)
                {
                    var wait = checkpoint != saved ? settings.CheckpointInterval : settings.IdlePoll;
                    await connection.WaitAsync(wait, cancellationToken);
                }

                if (settings.BatchWindow > TimeSpan.Zero)
                {
                    await Task.Delay(settings.BatchWindow, cancellationToken);
                }
            }
        }
        finally
        {
            RelayMetrics.Stopped();
            connection.Notification -= OnNotification;
            if (checkpoint != saved)
            {
                await SaveOnStopAsync(settings.Name, checkpoint);
            }
        }
    }

    /// <summary>
    /// Publishes each event of the page in order, each within <paramref name="timeout"/>. A publish that is not confirmed in time
    /// is abandoned (whether or not the transport honours the cancellation) and reported as a <see cref="TimeoutException"/>:
    /// the relay then leads again from its last saved checkpoint, so nothing is skipped.
    /// </summary>
    private async Task PublishPageAsync(IReadOnlyList<RecordedEvent> page, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        foreach (var stored in page)
        {
            deadline.CancelAfter(timeout);
            bool published;
            try
            {
                published = await bus.PublishAsync(stored, deadline.Token).WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                RelayMetrics.PublishTimeouts.Add(1);
                throw new TimeoutException(
                    $"The message broker did not confirm event {stored.EventId} (stream {stored.StreamId}) within {timeout}; " +
                    "publishing again from the last saved checkpoint");
            }

            if (published)
            {
                RelayMetrics.Published.Add(1);
            }
        }
    }

    private async Task SaveOnStopAsync(string relayName, GlobalCheckpoint checkpoint)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await checkpoints.SaveAsync(relayName, checkpoint, timeout.Token);
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            // The next leader publishes again from the last saved checkpoint; consumers ignore what they already have.
            logger.LogInformation(ex, "Could not save the relay's checkpoint on stopping");
        }
    }

    private static async Task<bool> TryLeadAsync(NpgsqlConnection connection, string relayName, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1 # hashtextextended($2, 0))", connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = LockNamespace });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = relayName });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
