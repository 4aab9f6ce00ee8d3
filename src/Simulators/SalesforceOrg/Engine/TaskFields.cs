namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>The Task fields of a call log, with the rules of the Task object reference.</summary>
internal sealed class TaskFields
{
    public static readonly IReadOnlyList<string> Statuses = ["Not Started", "In Progress", "Completed", "Waiting on someone else", "Deferred"];
    public static readonly IReadOnlyList<string> ClosedStatuses = ["Completed"];
    public static readonly IReadOnlyList<string> Priorities = ["High", "Normal", "Low"];
    public static readonly IReadOnlyList<string> CallTypes = ["Inbound", "Internal", "Outbound"];
    public static readonly IReadOnlyList<string> Subtypes = ["Task", "Email", "LinkedIn", "List Email", "Call"];

    private readonly Dictionary<string, TaskField> _fields;

    public TaskFields(string externalIdField, IEnumerable<string>? customTextFields = null)
    {
        TaskField[] fields =
        [
            new("Subject", "Subject", FieldKind.Text, 255),
            new("CallObject", "Call Object Identifier", FieldKind.Text, 255),
            new("CallDisposition", "Call Result", FieldKind.Text, 255),
            new("CallType", "Call Type", FieldKind.Picklist, Values: CallTypes, Restricted: true),
            new("CallDurationInSeconds", "Call Duration", FieldKind.Integer, 8),
            new("Description", "Comments", FieldKind.Text, 32_000),
            new("WhoId", "Name ID", FieldKind.Reference),
            new("WhatId", "Related To ID", FieldKind.Reference),
            new("Status", "Status", FieldKind.Picklist, Values: Statuses, Restricted: true, Required: true),
            new("Priority", "Priority", FieldKind.Picklist, Values: Priorities, Restricted: true, Required: true),
            new("ActivityDate", "Due Date Only", FieldKind.Date),
            new("ReminderDateTime", "Reminder Date/Time", FieldKind.DateTime),
            new("IsReminderSet", "Reminder Set", FieldKind.Boolean),
            .. (customTextFields ?? []).Select(name => new TaskField(name, name, FieldKind.Text, 255)),
            new("TaskSubtype", "Task Subtype", FieldKind.Picklist, Values: Subtypes, Restricted: true, Updateable: false),
            new("OwnerId", "Assigned To ID", FieldKind.Reference, Required: true),
            new(externalIdField, "PureConnect Interaction Id", FieldKind.Text, 255),
            .. new[] { "Id", "IsClosed", "CompletedDateTime", "AccountId", "CreatedDate", "LastModifiedDate", "IsDeleted", "CreatedById", "LastModifiedById" }
                .Select(name => new TaskField(name, name, FieldKind.ReadOnly, Updateable: false)),
        ];
        _fields = fields.ToDictionary(field => field.Name, StringComparer.OrdinalIgnoreCase);
        All = fields;
        ExternalIdField = _fields[externalIdField].Name;
    }

    /// <summary>Canonical API name of the external-id field.</summary>
    public string ExternalIdField { get; }

    public TaskField? Find(string name) => _fields.GetValueOrDefault(name);

    /// <summary>Every field, in declaration order.</summary>
    public IReadOnlyList<TaskField> All { get; private set; } = [];
}
