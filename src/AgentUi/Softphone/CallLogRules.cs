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
}
