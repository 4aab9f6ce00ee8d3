namespace PureConnect.Replay.WhatIf;

/// <summary>One field of one call log that the what-if would change. <see cref="Field"/> is <c>exists</c> when the call log
/// itself would appear or disappear (then every field it has is listed too).</summary>
public sealed record FieldChange(string InteractionKey, string Field, string? Live, string? WhatIf);

/// <summary>The per-field difference between the live call logs (<c>call_logs.fields</c>) and the replayed ones.</summary>
public static class CallLogDiff
{
    public const string Exists = "exists";

    /// <param name="live">The live fields by interaction key; a key absent or null has no call log.</param>
    /// <param name="whatIf">The replayed fields by interaction key; null has no call log.</param>
    public static IReadOnlyList<FieldChange> Of(IReadOnlyDictionary<string, PureConnect.CallLogs.CallLogFields?> live,
        IReadOnlyDictionary<string, PureConnect.CallLogs.CallLogFields?> whatIf)
    {
        var changes = new List<FieldChange>();
        foreach (var key in whatIf.Keys.Order(StringComparer.Ordinal))
        {
            var before = live.GetValueOrDefault(key);
            var after = whatIf[key];
            if (before == after)
            {
                continue;
            }

            if ((before is null) != (after is null))
            {
                changes.Add(new FieldChange(key, Exists, before is null ? "no" : "yes", after is null ? "no" : "yes"));
            }

            var beforeValues = before is null ? CallLogFieldValues.Names.Select(n => (n, (string?)null)) : CallLogFieldValues.Of(before);
            var afterValues = after is null ? CallLogFieldValues.Names.Select(n => (n, (string?)null)) : CallLogFieldValues.Of(after);
            changes.AddRange(beforeValues.Zip(afterValues)
                .Where(pair => pair.First.Item2 != pair.Second.Item2)
                .Select(pair => new FieldChange(key, pair.First.Item1, pair.First.Item2, pair.Second.Item2)));
        }

        return changes;
    }
}
