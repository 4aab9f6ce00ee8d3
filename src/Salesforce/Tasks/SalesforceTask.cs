namespace PureConnect.Salesforce.Tasks;

/// <summary>
/// The Task fields a call log writes. A null property is left out of the request (on an update: left unchanged);
/// name a field in <see cref="FieldsToNull"/> to clear it.
/// </summary>
public sealed record SalesforceTask
{
    /// <summary>The interaction id, written to the external-id field (<see cref="SalesforceClientOptions.ExternalIdField"/>).
    /// Upserts carry it in the URL (single record) or the record (collections).</summary>
    public string? ExternalId { get; init; }

    /// <summary><c>Subject</c>, at most 255 characters.</summary>
    public string? Subject { get; init; }

    /// <summary><c>CallObject</c>: the telephony call id, at most 255 characters.</summary>
    public string? CallObject { get; init; }

    /// <summary><c>CallType</c>.</summary>
    public SalesforceCallType? CallType { get; init; }

    /// <summary><c>CallDurationInSeconds</c>.</summary>
    public int? CallDurationInSeconds { get; init; }

    /// <summary><c>CallDisposition</c> (Call Result): the wrap-up, at most 255 characters.</summary>
    public string? CallDisposition { get; init; }

    /// <summary><c>Description</c> (Comments), at most 32,000 characters.</summary>
    public string? Description { get; init; }

    /// <summary><c>WhoId</c>: a Contact or Lead. A Lead excludes <see cref="WhatId"/>.</summary>
    public string? WhoId { get; init; }

    /// <summary><c>WhatId</c>: an Account, Opportunity, Case or other record that allows activities.</summary>
    public string? WhatId { get; init; }

    /// <summary><c>Status</c>; Salesforce defaults it on create.</summary>
    public string? Status { get; init; }

    /// <summary><c>Priority</c>; Salesforce defaults it (<c>Normal</c>) on create.</summary>
    public string? Priority { get; init; }

    /// <summary><c>ActivityDate</c> (due date), a date without time zone.</summary>
    public DateOnly? ActivityDate { get; init; }

    /// <summary><c>ReminderDateTime</c>: when Salesforce reminds the owner (a scheduled Dialer callback).</summary>
    public DateTimeOffset? ReminderDateTime { get; init; }

    /// <summary><c>IsReminderSet</c>.</summary>
    public bool? IsReminderSet { get; init; }

    /// <summary>Other text fields by API name (custom fields such as a campaign field); a null value is left out.</summary>
    public IReadOnlyDictionary<string, string?> OtherFields { get; init; } = new Dictionary<string, string?>();

    /// <summary><c>TaskSubtype</c>; create-only, so send it (<c>Call</c>) only when the Task is created.</summary>
    public string? TaskSubtype { get; init; }

    /// <summary><c>OwnerId</c>; Salesforce defaults it to the integration user.</summary>
    public string? OwnerId { get; init; }

    /// <summary>API names of fields sent as JSON null, which clears them.</summary>
    public IReadOnlyList<string> FieldsToNull { get; init; } = [];

    /// <summary>A new call log: <c>TaskSubtype</c> <c>Call</c> and the given interaction id.</summary>
    public static SalesforceTask NewCall(string externalId) => new() { ExternalId = externalId, TaskSubtype = TaskSubtypes.Call };
}
