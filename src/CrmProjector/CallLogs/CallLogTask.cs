using PureConnect.Salesforce.Tasks;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>The Task request of a pending call log: its fields, explicit nulls for what was cleared, and the create-only
/// <c>TaskSubtype</c> while the Task's id is unknown (the client drops it where an org refuses it on update).</summary>
public static class CallLogTask
{
    public static SalesforceTask From(PendingCallLog log)
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
            Status = f.Status,
            TaskSubtype = log.TaskId is null ? TaskSubtypes.Call : null,
            FieldsToNull = ClearedTaskFields.Of(f, log.SyncedFields),
        };
    }
}
