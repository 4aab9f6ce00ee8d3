namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// The Salesforce Task fields of a call log, as the spec's "Call log details" table defines them. Equal
/// field sets mean nothing to send.
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
    string Status);
