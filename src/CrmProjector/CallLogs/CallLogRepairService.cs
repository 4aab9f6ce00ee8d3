using Microsoft.Extensions.Options;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// Second-level redelivery without a broker plugin: for each due repair, reads the interaction's events after the call log's version
/// from the event store and folds them in order (idempotent by stream version, so events that did arrive meanwhile change nothing).
/// A failed attempt waits for the next delay of <see cref="CallLogRepairOptions.Schedule"/>; after the last it waits for an operator
/// (<c>/operations/call-log-repairs</c>). The failed messages stay in the error queue for the record.
/// </summary>
public sealed class CallLogRepairService(
    CallLogRepairs repairs, CallLogCatchUp catchUp, IOptions<CallLogRepairOptions> options,
    TimeProvider time, ILogger<CallLogRepairService> logger) : BackgroundService
{
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var repair in await repairs.DueAsync(BatchSize, stoppingToken))
                {
                    await RepairAsync(repair, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Looking for call-log repairs failed");
            }

            try
            {
                await Task.Delay(options.Value.Poll, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task RepairAsync(CallLogRepair repair, CancellationToken cancellationToken)
    {
        try
        {
            var (from, count) = await catchUp.FromEventStoreAsync(repair.InteractionKey, cancellationToken);
            await repairs.CompleteAsync(repair.InteractionKey, cancellationToken);
            logger.LogInformation("Call log of interaction {InteractionKey} caught up from the event store ({Count} events after version {Version})",
                repair.InteractionKey, count, from);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var schedule = options.Value.EffectiveSchedule;
            DateTimeOffset? next = repair.Attempts + 1 < schedule.Count ? time.GetUtcNow() + schedule[repair.Attempts + 1] : null;
            logger.LogError(ex, "Repair {Attempt} of the call log of interaction {InteractionKey} failed; {Next}", repair.Attempts + 1,
                repair.InteractionKey, next is null ? "waiting for an operator" : $"next attempt at {next:O}");
            await repairs.FailAsync(repair.InteractionKey, next, $"{ex.GetType().Name}: {ex.Message}", cancellationToken);
        }
    }
}
