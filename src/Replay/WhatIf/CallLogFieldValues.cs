using System.Globalization;
using PureConnect.CallLogs;

namespace PureConnect.Replay.WhatIf;

/// <summary>The fields of a call log by name (the <see cref="CallLogFields"/> property names), as text: what a diff compares.</summary>
public static class CallLogFieldValues
{
    private static readonly (string Name, Func<CallLogFields, object?> Value)[] Fields =
    [
        (nameof(CallLogFields.CallObject), f => f.CallObject),
        (nameof(CallLogFields.Subject), f => f.Subject),
        (nameof(CallLogFields.CallType), f => f.CallType),
        (nameof(CallLogFields.CallDurationInSeconds), f => f.CallDurationInSeconds),
        (nameof(CallLogFields.CallDisposition), f => f.CallDisposition),
        (nameof(CallLogFields.Description), f => f.Description),
        (nameof(CallLogFields.WhoId), f => f.WhoId),
        (nameof(CallLogFields.WhatId), f => f.WhatId),
        (nameof(CallLogFields.Status), f => f.Status),
        (nameof(CallLogFields.Campaign), f => f.Campaign),
        (nameof(CallLogFields.ReminderAt), f => f.ReminderAt),
        (nameof(CallLogFields.AgentId), f => f.AgentId),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Fields.Select(f => f.Name)];

    /// <summary>Each field's value as text; null where the field is empty.</summary>
    public static IEnumerable<(string Name, string? Value)> Of(CallLogFields fields) =>
        Fields.Select(f => (f.Name, Text(f.Value(fields))));

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
