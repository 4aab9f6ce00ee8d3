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

        var checkpoint = await checkpoints.ReadAsync(settings.Name, cancellationToken);
        logger.LogInformation("Event relay {Relay} is leading from {Checkpoint}", settings.Name, checkpoint);
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = await store.ReadAllAsync(checkpoint, settings.PageSize, cancellationToken);
            foreach (var stored in page)
            {
                if (await bus.PublishAsync(stored, cancellationToken))
                {
                    RelayMetrics.Published.Add(1);
                }
            }

            if (page.Count > 0)
            {
                checkpoint = page[^1].Checkpoint;
                await checkpoints.SaveAsync(settings.Name, checkpoint, cancellationToken);
                continue;
            }

            // Nothing new: sleep until a commit notifies (or the safety-net timeout passes).
            await connection.WaitAsync(settings.IdlePoll, cancellationToken);
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
