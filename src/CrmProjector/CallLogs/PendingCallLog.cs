using PureConnect.CallLogs;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>A call log whose Task fields Salesforce has not accepted yet, with the fields it last accepted (null: none).</summary>
public sealed record PendingCallLog(string InteractionKey, long Version, CallLogFields Fields, string FieldsJson, string? TaskId, string? InteractionId,
    CallLogFields? SyncedFields = null);
