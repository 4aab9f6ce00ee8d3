using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using PureConnect.CallLogs;
using PureConnect.Salesforce;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// Writes pending call logs to Salesforce: every <see cref="CallLogSyncOptions.Interval"/> it takes up to 200
/// pending logs and upserts them in one sObject Collections request (each Task owned by its agent's Salesforce user, <see cref="TaskOwners"/>),
/// by the interaction's external id, so a
/// retry or a redelivery never creates a second Task. Rapid changes of one log coalesce into one write; at
/// steady load one request carries many logs. A row lock is retried on the next round; a record refused for good
/// keeps its error (listed at <c>/operations/call-log-failures</c>), is not retried until its fields change, and locks
/// with its edit window; an exhausted API limit holds all work (nothing dropped), probing at the pace of
/// <see cref="ApiLimitBackoff"/> until the limit recovers. A chat's transcript file (<see cref="TranscriptFiles"/>) follows its accepted
/// Task in the same round; the log counts as synced only once both are stored.
/// </summary>
public sealed class CallLogSync(
    CallLogOutbox outbox,
    ISalesforceClient salesforce,
    IOptions<CallLogOptions> callLogs,
    IOptions<CallLogSyncOptions> options,
    IOptions<SalesforceUsage.SalesforceApiUsageOptions> apiUsage,
    IServiceProvider services,
    TaskOwners owners,
    TranscriptFiles transcripts,
    TimeProvider time,
    ILogger<CallLogSync> logger) : BackgroundService
{
    private const int BatchSize = 200;
    private static readonly Meter Meter = new("PureConnect.CrmProjector");
    private static readonly Counter<long> TasksWritten = Meter.CreateCounter<long>("pureconnect.calllogs.tasks_written");
    private static readonly Counter<long> Requests = Meter.CreateCounter<long>("pureconnect.calllogs.salesforce_requests");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var limitBackoff = new ApiLimitBackoff(settings.LimitBackoff, settings.MaxLimitBackoff);
        var limitRefusals = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Near this integration's share of the API allocation the window grows, so each request carries more call logs.
            var delay = apiUsage.Value.Pacing.CallLogInterval(settings.Interval, salesforce.ApiUsage);
            try
            {
                var pending = await outbox.TakeAsync(BatchSize, stoppingToken);
                if (pending.Count > 0)
                {
                    await WriteAsync(pending, stoppingToken);
                    limitRefusals = 0;
                    delay = pending.Count == BatchSize ? TimeSpan.Zero : delay;
                }

                await outbox.LockExpiredAsync(callLogs.Value.EditWindow, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (SalesforceLimitExceededException ex)
            {
                delay = limitBackoff.Delay(++limitRefusals, ex.Usage);
                logger.LogWarning("Salesforce API limit exhausted ({Usage}, refusal {Refusals} in a row); holding call logs for {Delay}",
                    ex.Usage, limitRefusals, delay);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Call log sync failed; retrying in {Delay}", settings.ErrorBackoff);
                delay = settings.ErrorBackoff;
            }

            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task WriteAsync(IReadOnlyList<PendingCallLog> pending, CancellationToken cancellationToken)
    {
        Requests.Add(1);
        var campaignField = callLogs.Value.CampaignInSubject ? null : callLogs.Value.DialerCampaignField;
        var ownerOf = await owners.OwnersOfAsync(pending.Select(log => log.Fields.AgentId), cancellationToken);
        var results = await salesforce.UpsertTasksAsync(
            [.. pending.Select(log => CallLogTask.From(log, campaignField, log.Fields.AgentId is { } agent ? ownerOf.GetValueOrDefault(agent) : null))],
            cancellationToken);
        var accepted = new List<(PendingCallLog Log, string? TaskId)>(pending.Count);
        var created = new List<(string InteractionId, string TaskId)>();
        for (var i = 0; i < pending.Count; i++)
        {
            var (log, result) = (pending[i], results[i]);
            if (result.Success)
            {
                TasksWritten.Add(1);
                accepted.Add((log, result.Id));
                if (log.TaskId is null && result.Id is { } taskId && log.InteractionId is { Length: > 0 } interactionId)
                {
                    created.Add((interactionId, taskId));
                }
            }
            else if (!result.IsRetryable)
            {
                var error = RefusalText.Of(result.Errors);
                logger.LogError("Salesforce refused the call log of interaction {InteractionKey}: {Error}", log.InteractionKey, error);
                await outbox.MarkRefusedAsync(log, error, cancellationToken);
            }
        }

        foreach (var (key, error) in await transcripts.SyncAsync(TranscriptsDue(accepted), cancellationToken))
        {
            var index = accepted.FindIndex(a => a.Item1.InteractionKey == key);
            await outbox.MarkRefusedAsync(accepted[index].Item1, error, cancellationToken);
            accepted.RemoveAt(index);
        }

        await outbox.MarkSyncedAsync(accepted, cancellationToken);
        foreach (var (interactionId, taskId) in created)
        {
            await WriteBackAsync(interactionId, taskId, cancellationToken);
        }
    }

    /// <summary>The accepted call logs whose transcript file is not yet the one Salesforce last accepted.</summary>
    private static List<(PendingCallLog Log, string TaskId)> TranscriptsDue(List<(PendingCallLog Log, string? TaskId)> accepted) =>
        [.. accepted
            .Where(a => a.Log.Fields.TranscriptFile is not null && a.Log.Fields.TranscriptFile != a.Log.SyncedFields?.TranscriptFile)
            .Select(a => (a.Log, TaskId: a.TaskId ?? a.Log.TaskId))
            .Where(a => a.TaskId is not null)
            .Select(a => (a.Log, a.TaskId!))];

    /// <summary>The new Task's id goes back to the interaction on CIC (when configured); a failure there never blocks call logs.</summary>
    private async Task WriteBackAsync(string interactionId, string taskId, CancellationToken cancellationToken)
    {
        if (services.GetService<ActivityIdWriteBack>() is not { } writeBack)
        {
            return;
        }

        try
        {
            await writeBack.WriteAsync(interactionId, taskId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not write activity {ActivityId} back to interaction {InteractionId}", taskId, interactionId);
        }
    }
}
