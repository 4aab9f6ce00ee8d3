using PureConnect.Salesforce;
using PureConnect.Salesforce.Files;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// Uploads the transcript files of call logs whose Task Salesforce has just accepted (<see cref="TranscriptFileRule"/>): one look-up of
/// the Tasks' files for the whole batch, then one upload per changed transcript. A transient failure or an exhausted limit throws (the
/// sync retries the batch; the rule makes the retry add nothing twice); a refusal for good (of an upload, or of the look-up) is answered
/// per call log, so it never holds back the other call logs.
/// </summary>
public sealed class TranscriptFiles(ISalesforceClient salesforce, ILogger<TranscriptFiles> logger)
{
    /// <returns>The refusals, by interaction key: those call logs' transcripts were not stored.</returns>
    public async Task<IReadOnlyDictionary<string, string>> SyncAsync(IReadOnlyList<(PendingCallLog Log, string TaskId)> due,
        CancellationToken cancellationToken)
    {
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        if (due.Count == 0)
        {
            return refused;
        }

        IReadOnlyList<AttachedFile> files;
        try
        {
            files = await salesforce.FilesOfAsync([.. due.Select(d => d.TaskId)], cancellationToken);
        }
        catch (SalesforceApiException ex)
        {
            // The org refuses the look-up itself (no access to Files, say): these transcripts wait as failures; other call logs go on.
            var error = ex.Errors.Count > 0 ? RefusalText.Of(ex.Errors) : ex.Message;
            logger.LogError("Salesforce refused the look-up of {Count} Tasks' files: {Error}", due.Count, error);
            return due.ToDictionary(d => d.Log.InteractionKey, _ => error, StringComparer.Ordinal);
        }

        foreach (var (log, taskId) in due)
        {
            if (TranscriptFileRule.Upload(taskId, log.Fields.TranscriptFile!, files) is not { } upload)
            {
                continue;
            }

            try
            {
                var result = await salesforce.UploadFileAsync(upload, cancellationToken);
                if (!result.Success)
                {
                    refused[log.InteractionKey] = RefusalText.Of(result.Errors);
                }
            }
            catch (SalesforceApiException ex)
            {
                refused[log.InteractionKey] = ex.Errors.Count > 0 ? RefusalText.Of(ex.Errors) : ex.Message;
            }

            if (refused.TryGetValue(log.InteractionKey, out var error))
            {
                logger.LogError("Salesforce refused the transcript file of interaction {InteractionKey}: {Error}", log.InteractionKey, error);
            }
        }

        return refused;
    }
}
