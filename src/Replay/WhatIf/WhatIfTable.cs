using PureConnect.Replay.Reports;

namespace PureConnect.Replay.WhatIf;

/// <summary>The changes as a report table (so that every output format writes them), and their summary in one sentence.</summary>
public static class WhatIfTable
{
    public const string Title = "What-if: call-log fields that would change";

    public static ReportTable Of(IReadOnlyList<FieldChange> changes) => new(Title,
        [new("interaction_key"), new("field"), new("live"), new("what_if")],
        [.. changes.Select(c => (IReadOnlyList<object?>)[c.InteractionKey, c.Field, c.Live, c.WhatIf])]);

    public static string Summary(int compared, IReadOnlyList<FieldChange> changes, bool apply = false)
    {
        var changed = changes.Select(c => c.InteractionKey).Distinct(StringComparer.Ordinal).Count();
        var created = changes.Count(c => c is { Field: CallLogDiff.Exists, WhatIf: "yes" });
        var dropped = changes.Count(c => c is { Field: CallLogDiff.Exists, WhatIf: "no" });
        var fields = string.Join(", ", changes.Where(c => c.Field != CallLogDiff.Exists).GroupBy(c => c.Field)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        return $"Compared {compared} call logs of the range with the live call_logs table: {changed} would change"
            + (fields.Length > 0 ? $" ({fields})" : "")
            + (created > 0 ? $", {created} would be created" : "")
            + (dropped > 0 ? $", {dropped} would no longer be written" : "")
            + (apply && changes.Count > 0 ? "." : ". Nothing was written.");
    }
}
