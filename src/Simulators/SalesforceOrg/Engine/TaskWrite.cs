namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>Which write a Task body is for; create-only fields are refused (or, on an upsert's update, maybe ignored) after creation.</summary>
internal enum TaskWrite
{
    Create,
    Update,
    UpsertUpdate,
}
