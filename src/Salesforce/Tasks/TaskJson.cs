using System.Globalization;
using System.Text.Json.Nodes;

namespace PureConnect.Salesforce.Tasks;

/// <summary>Writes a <see cref="SalesforceTask"/> as the JSON body of a Task request, leaving out null fields.</summary>
internal static class TaskJson
{
    public const string SObjectName = "Task";

    /// <param name="task">The fields.</param>
    /// <param name="externalIdField">API name of the external-id field; null leaves the external id out (single upserts carry it in the URL).</param>
    /// <param name="withAttributes">Adds <c>attributes.type</c>, which sObject Collections require.</param>
    public static JsonObject Write(SalesforceTask task, string? externalIdField, bool withAttributes)
    {
        var json = new JsonObject();
        if (withAttributes)
            json["attributes"] = new JsonObject { ["type"] = SObjectName };

        if (externalIdField is not null)
            Add(json, externalIdField, task.ExternalId);

        Add(json, "Subject", task.Subject);
        Add(json, "CallObject", task.CallObject);
        Add(json, "CallType", task.CallType?.ToString());
        if (task.CallDurationInSeconds is { } duration)
            json["CallDurationInSeconds"] = duration;

        Add(json, "CallDisposition", task.CallDisposition);
        Add(json, "Description", task.Description);
        Add(json, "WhoId", task.WhoId);
        Add(json, "WhatId", task.WhatId);
        Add(json, "Status", task.Status);
        Add(json, "Priority", task.Priority);
        Add(json, "ActivityDate", task.ActivityDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(json, "ReminderDateTime", task.ReminderDateTime?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        if (task.IsReminderSet is { } reminderSet)
            json["IsReminderSet"] = reminderSet;

        foreach (var (name, value) in task.OtherFields)
            Add(json, name, value);

        Add(json, "TaskSubtype", task.TaskSubtype);
        Add(json, "OwnerId", task.OwnerId);
        foreach (var field in task.FieldsToNull)
            json[field] = null;

        return json;
    }

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
            json[name] = value;
    }
}
