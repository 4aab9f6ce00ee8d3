using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.Composite;

/// <summary>Composite subrequests that write Tasks.</summary>
public static class TaskSubrequests
{
    /// <summary>Creates a Task (<c>POST sobjects/Task</c>), its external id in the body.</summary>
    public static CompositeSubrequest Create(string referenceId, SalesforceTask task, string externalIdField) =>
        new("POST", "sobjects/Task", referenceId, TaskJson.Write(task, externalIdField, withAttributes: false));

    /// <summary>Upserts a Task by its external id (<c>PATCH sobjects/Task/{field}/{value}</c>).</summary>
    public static CompositeSubrequest Upsert(string referenceId, SalesforceTask task, string externalIdField) =>
        new("PATCH", $"sobjects/Task/{externalIdField}/{Uri.EscapeDataString(RequireExternalId(task))}", referenceId,
            TaskJson.Write(task, externalIdField: null, withAttributes: false));

    /// <summary>Updates a Task by id; <paramref name="id"/> may be a reference such as <c>@{newTask.id}</c>.</summary>
    public static CompositeSubrequest Update(string referenceId, string id, SalesforceTask changes) =>
        new("PATCH", $"sobjects/Task/{id}", referenceId, TaskJson.Write(changes, externalIdField: null, withAttributes: false));

    internal static string RequireExternalId(SalesforceTask task) =>
        string.IsNullOrWhiteSpace(task.ExternalId)
            ? throw new ArgumentException("An upsert needs the Task's ExternalId.", nameof(task))
            : task.ExternalId;
}
