using PureConnect.CallLogs;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// Which Task fields a write must clear. A request leaves an absent field unchanged in Salesforce, so a field the call
/// log no longer has (Comments or Related To cleared, a wrap-up retracted) must be sent as an explicit null. Only what
/// the projector may have written is cleared: a field that was set in the fields Salesforce last accepted, or every
/// empty field while Salesforce has accepted nothing yet (an earlier write may have landed, its answer lost). A field
/// the projector never wrote stays as whoever set it in Salesforce left it.
/// </summary>
public static class ClearedTaskFields
{
    /// <param name="current">The call log's fields now.</param>
    /// <param name="lastAccepted">The fields Salesforce last accepted; null when it accepted none.</param>
    /// <returns>API names of the Task fields to send as null, in a stable order.</returns>
    public static IReadOnlyList<string> Of(CallLogFields current, CallLogFields? lastAccepted)
    {
        ArgumentNullException.ThrowIfNull(current);
        var cleared = new List<string>();
        Check(nameof(CallLogFields.CallDurationInSeconds), current.CallDurationInSeconds, lastAccepted?.CallDurationInSeconds);
        Check(nameof(CallLogFields.CallDisposition), current.CallDisposition, lastAccepted?.CallDisposition);
        Check(nameof(CallLogFields.Description), current.Description, lastAccepted?.Description);
        Check(nameof(CallLogFields.WhoId), current.WhoId, lastAccepted?.WhoId);
        Check(nameof(CallLogFields.WhatId), current.WhatId, lastAccepted?.WhatId);
        return cleared;

        void Check(string field, object? now, object? before)
        {
            if (now is null && (lastAccepted is null || before is not null))
                cleared.Add(field);
        }
    }
}
