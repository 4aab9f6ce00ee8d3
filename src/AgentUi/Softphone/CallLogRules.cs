using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>Spec, "Call logs": the call log is the default view after picking up; agents update it while the call is live and for the
/// configured time after the disconnect, then it is read-only.</summary>
public static class CallLogRules
{
    public static bool HasLog(InteractionItem? item) => item?.CallLog is not null;

    public static bool IsEditable(InteractionItem item, DateTimeOffset now) =>
        item.CallLog is { } log && (log.EditableUntil is not { } until || now < until);

    /// <summary>Time left to edit after the disconnect; null while the call is live.</summary>
    public static TimeSpan? TimeLeft(InteractionItem item, DateTimeOffset now) =>
        item.CallLog?.EditableUntil is { } until ? (until > now ? until - now : TimeSpan.Zero) : null;

    /// <summary>The choices of a list with the current value kept even when it is not among the screen-pop matches.</summary>
    public static IReadOnlyList<CallLogRecordItem> Choices(IReadOnlyList<CallLogRecordItem> records, string? current) =>
        current is null || records.Any(r => r.Id == current) ? records : [.. records, new CallLogRecordItem(current, "", null)];

    /// <summary>
    /// The open form's fields after the server's call log changed from <paramref name="shown"/> to <paramref name="server"/> (a record the
    /// agent opened in the console was associated, another tab saved): a field the agent edited keeps the edit, every other field follows
    /// the server. Saving then never writes a stale Name or Related To over the server's.
    /// </summary>
    public static CallLogChange Merge(CallLogChange shown, CallLogChange draft, CallLogChange server) => new(
        Pick(shown.Subject, draft.Subject, server.Subject),
        Pick(shown.Comments, draft.Comments, server.Comments),
        Pick(shown.WhoId, draft.WhoId, server.WhoId),
        Pick(shown.WhatId, draft.WhatId, server.WhatId));

    private static string? Pick(string? shown, string? draft, string? server) => draft == shown ? server : draft;
}
