using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>Spec, "Voicemail view": which messages to list.</summary>
public enum VoicemailFilter
{
    All,
    Unopened,
    Opened,
}

/// <summary>Spec, "Voicemail button" and "Voicemail view": the badge, the filter (all, unopened, opened), the order (newest or oldest on top),
/// the selection (a click selects one, Ctrl+click adds or removes one for a multiple delete).</summary>
public static class VoicemailRules
{
    /// <summary>The badge on the Voicemail button and tab: nothing without unheard messages, "99+" beyond 99.</summary>
    public static string? Badge(int waiting) => waiting switch
    {
        <= 0 => null,
        > 99 => "99+",
        _ => waiting.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static IReadOnlyList<VoicemailEntry> Shown(IEnumerable<VoicemailEntry> messages, VoicemailFilter filter, bool oldestOnTop)
    {
        var kept = messages.Where(m => filter switch
        {
            VoicemailFilter.Unopened => !m.Read,
            VoicemailFilter.Opened => m.Read,
            _ => true,
        });
        var ordered = oldestOnTop
            ? kept.OrderBy(m => m.ReceivedAt ?? DateTimeOffset.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal)
            : kept.OrderByDescending(m => m.ReceivedAt ?? DateTimeOffset.MinValue).ThenByDescending(m => m.Id, StringComparer.Ordinal);
        return [.. ordered];
    }

    /// <summary>A click selects only that message; with Ctrl it is added to or removed from the selection.</summary>
    public static IReadOnlySet<string> Select(IReadOnlySet<string> selected, string id, bool ctrl)
    {
        if (!ctrl)
        {
            return new HashSet<string>(StringComparer.Ordinal) { id };
        }

        var set = new HashSet<string>(selected, StringComparer.Ordinal);
        if (!set.Remove(id))
        {
            set.Add(id);
        }

        return set;
    }

    /// <summary>The selection without the messages no longer listed (deleted, or filtered away).</summary>
    public static IReadOnlySet<string> Keep(IReadOnlySet<string> selected, IEnumerable<VoicemailEntry> shown) =>
        shown.Select(m => m.Id).Where(selected.Contains).ToHashSet(StringComparer.Ordinal);

    /// <summary>The message's length as m:ss; empty when unknown.</summary>
    public static string Length(VoicemailEntry message) => message.DurationSeconds is { } seconds
        ? TimeSpan.FromSeconds(Math.Round(seconds)).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss", System.Globalization.CultureInfo.InvariantCulture)
        : "";
}
