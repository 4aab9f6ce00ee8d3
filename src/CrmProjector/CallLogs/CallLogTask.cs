using PureConnect.Salesforce.Tasks;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>The Task request of a pending call log: its fields, explicit nulls for what was cleared, and the create-only
/// <c>TaskSubtype</c> while the Task's id is unknown (the client drops it where an org refuses it on update).</summary>
public static class CallLogTask
{
    /// <param name="log">The pending call log.</param>
    /// <param name="campaignField">API name of the Task field for a campaign call's campaign (not the Subject), or null.</param>
    /// <param name="ownerId">The Salesforce user who owns the Task (the agent's), or null for the org's default (the integration user).</param>
    public static SalesforceTask From(PendingCallLog log, string? campaignField = null, string? ownerId = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var f = log.Fields;
        return new SalesforceTask
        {
            ExternalId = log.InteractionKey,
            Subject = f.Subject,
            CallObject = f.CallObject,
            CallType = Enum.Parse<SalesforceCallType>(f.CallType),
            CallDurationInSeconds = f.CallDurationInSeconds,
            CallDisposition = f.CallDisposition,
            Description = f.Description,
            WhoId = f.WhoId,
            WhatId = f.WhatId,
            OwnerId = ownerId,
            Status = f.Status,
            ReminderDateTime = f.ReminderAt,
            IsReminderSet = f.ReminderAt is null ? null : true,
            OtherFields = f.Campaign is { } campaign && !string.IsNullOrWhiteSpace(campaignField)
                ? new Dictionary<string, string?> { [campaignField] = campaign }
                : new Dictionary<string, string?>(),
            TaskSubtype = log.TaskId is null ? (f.TaskSubtype == TaskSubtypes.Email ? TaskSubtypes.Email : TaskSubtypes.Call) : null,
            FieldsToNull = ClearedTaskFields.Of(f, log.SyncedFields),
        };
    }
}
