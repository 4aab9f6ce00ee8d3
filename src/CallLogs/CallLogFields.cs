namespace PureConnect.CallLogs;

/// <summary>
/// The Salesforce Task fields of a call log, as the spec's "Call log details" table defines them. Equal
/// field sets mean nothing to send. <see cref="Campaign"/> goes to the field <see cref="CallLogOptions.DialerCampaignField"/> names
/// (when it is not the Subject); <see cref="ReminderAt"/> is a Dialer callback, the Task's <c>ReminderDateTime</c>; <see cref="AgentId"/> is
/// the CIC user whose Salesforce user owns the Task (the projector's <c>TaskOwners</c>); <see cref="TaskSubtype"/> is <c>Call</c>, or
/// <c>Email</c> for an email interaction; <see cref="TranscriptFile"/> is a chat's transcript as the text of the file attached to the Task
/// (only when <see cref="CallLogOptions.ChatTranscript"/> is <c>Attachment</c>; not a Task field; left out of the stored JSON when null, so
/// the fields of other call logs are stored exactly as before it existed).
/// </summary>
public sealed record CallLogFields(
    string CallObject,
    string Subject,
    string CallType,
    int? CallDurationInSeconds,
    string? CallDisposition,
    string? Description,
    string? WhoId,
    string? WhatId,
    string Status,
    string? Campaign = null,
    DateTimeOffset? ReminderAt = null,
    string? AgentId = null,
    string TaskSubtype = "Call",
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    string? TranscriptFile = null);
