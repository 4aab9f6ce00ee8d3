using PureConnect.Salesforce.Describe;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>Whether the org's Task can hold the interaction id the call logs are upserted by: a field of that name, marked
/// External ID. Without it every upsert fails, so the projector says so plainly at start-up.</summary>
public static class ExternalIdFieldRule
{
    /// <returns>Null when the field is usable; otherwise what is wrong and how to fix it.</returns>
    public static string? Problem(SObjectDescription task, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Field(fieldName) switch
        {
            null => $"The Salesforce Task has no field {fieldName}: create a Text(255) field {fieldName} on Task (Activity) marked External ID " +
                    "(Unique recommended), or set Salesforce:ExternalIdField to the field that holds the interaction id. Call logs cannot be written until then.",
            { ExternalId: false } => $"The Salesforce Task field {fieldName} is not marked External ID, so call logs cannot be upserted by it: " +
                                     "tick External ID on the field (Setup, Activity custom fields).",
            _ => null,
        };
    }
}
