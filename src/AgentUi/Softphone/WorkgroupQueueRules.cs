using System.Globalization;
using System.Text;
using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>The columns the Workgroup Queues view can show (spec: "Choose the columns to appear in the Workgroup Queues view").</summary>
public enum QueueColumn
{
    Name,
    Number,
    Type,
    State,
    User,
    Direction,
    TimeInQueue,
    Subject,
}

/// <summary>
/// Spec, "Filter a Queue View": which interaction types, states and users to show (null: all, not filtered; an empty set: none), the
/// limit (50 unless set, 1 to 200) and the limit order (the order interactions are retrieved in, not the view's sort).
/// </summary>
public sealed record WorkgroupQueueFilter(
    IReadOnlySet<string>? Types = null,
    IReadOnlySet<string>? States = null,
    IReadOnlySet<string>? Users = null,
    int Limit = WorkgroupQueueRules.DefaultLimit,
    bool NewestFirst = false)
{
    public static readonly WorkgroupQueueFilter None = new();

    /// <summary>Anything differs from showing everything, 50, oldest first: the Configure Queue Filter control turns orange.</summary>
    public bool IsActive => Types is not null || States is not null || Users is not null || Limit != WorkgroupQueueRules.DefaultLimit || NewestFirst;

    /// <summary>A group with nothing selected: no interaction can match, so nothing is asked for.</summary>
    public bool MatchesNothing => Types is { Count: 0 } || States is { Count: 0 } || Users is { Count: 0 };

    /// <summary>The query string AgentApi takes (<c>?limit=…&amp;order=…&amp;type=…&amp;state=…&amp;user=…</c>), values in a stable order.</summary>
    public string ToQuery()
    {
        var query = new StringBuilder("?limit=").Append(WorkgroupQueueRules.ClampLimit(Limit).ToString(CultureInfo.InvariantCulture))
            .Append("&order=").Append(NewestFirst ? "newest" : "oldest");
        Append(query, "type", Types);
        Append(query, "state", States);
        Append(query, "user", Users);
        return query.ToString();
    }

    /// <summary>Checks or clears one value of a group; checking the last unchecked one of <paramref name="all"/> means "all" again.</summary>
    public static IReadOnlySet<string>? Toggle(IReadOnlySet<string>? selected, IReadOnlyList<string> all, string value, bool on)
    {
        var set = new HashSet<string>(selected ?? (IEnumerable<string>)all, StringComparer.OrdinalIgnoreCase);
        if (on)
        {
            set.Add(value);
        }
        else
        {
            set.Remove(value);
        }

        return all.All(set.Contains) ? null : set;
    }

    /// <summary>Whether a value shows as checked.</summary>
    public static bool IsChecked(IReadOnlySet<string>? selected, string value) => selected is null || selected.Contains(value);

    private static void Append(StringBuilder query, string name, IReadOnlySet<string>? values)
    {
        foreach (var value in (values ?? new HashSet<string>()).Order(StringComparer.OrdinalIgnoreCase))
        {
            query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
    }
}

/// <summary>Spec, "Workgroup Queues view" and "Filter a Queue View": the display limits, the filter's choices, the columns and the sort.</summary>
public static class WorkgroupQueueRules
{
    /// <summary>The default limit of queues other than My Interactions.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The hard limit: no setting shows more.</summary>
    public const int HardLimit = 200;

    /// <summary>The interaction types the filter offers (CIC object types), before any seen in the queue.</summary>
    public static IReadOnlyList<string> KnownTypes { get; } = ["Call", "Callback", "Chat", "Email Interaction"];

    /// <summary>The states the filter offers (AgentApi's names).</summary>
    public static IReadOnlyList<string> States { get; } = ["Offering", "Alerting", "Dialing", "Connected", "Held", "Voicemail", "Disconnected"];

    /// <summary>The columns shown until the agent chooses.</summary>
    public static IReadOnlyList<QueueColumn> DefaultColumns { get; } =
        [QueueColumn.Name, QueueColumn.Number, QueueColumn.Type, QueueColumn.State, QueueColumn.User, QueueColumn.TimeInQueue];

    public static int ClampLimit(int limit) => Math.Clamp(limit, 1, HardLimit);

    /// <summary>A limit typed by the agent: a number, kept within 1 to 200; anything else keeps <paramref name="current"/>.</summary>
    public static int ParseLimit(string? text, int current) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) ? ClampLimit(limit) : current;

    /// <summary>The types the filter offers: the known ones and any other seen in the queue.</summary>
    public static IReadOnlyList<string> TypeChoices(IEnumerable<string> seen) =>
        [.. KnownTypes.Concat(seen.Where(t => !string.IsNullOrEmpty(t))).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The users the filter offers: "" (nobody's yet) first, then every user seen so far in this workgroup's queue, by name.</summary>
    public static IReadOnlyList<string> UserChoices(IEnumerable<string> seenBefore, IEnumerable<WorkgroupQueueRow> rows) =>
        ["", .. seenBefore.Concat(rows.Select(r => r.User)).Where(u => u.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Adds or removes a column, keeping the order of <see cref="QueueColumn"/>; the last column cannot be removed.</summary>
    public static IReadOnlyList<QueueColumn> ToggleColumn(IReadOnlyList<QueueColumn> shown, QueueColumn column, bool on)
    {
        var set = shown.ToHashSet();
        if (on)
        {
            set.Add(column);
        }
        else if (set.Count > 1)
        {
            set.Remove(column);
        }

        return [.. Enum.GetValues<QueueColumn>().Where(set.Contains)];
    }

    /// <summary>Only a waiting interaction (offering, nobody's yet) can be picked up from the view.</summary>
    public static bool CanPickUp(WorkgroupQueueRow row) => row.State == "Offering" && row.User.Length == 0;

    /// <summary>How long the interaction has been in the queue (hh:mm:ss, as the softphone shows durations).</summary>
    public static string TimeInQueue(WorkgroupQueueRow row, DateTimeOffset now) =>
        row.InitiatedAt is { } at ? Durations.Format(now - at) : "";

    /// <summary>The view's sort by a column (null: as retrieved); ties keep the retrieved order.</summary>
    public static IReadOnlyList<WorkgroupQueueRow> Sort(IReadOnlyList<WorkgroupQueueRow> rows, QueueColumn? column, bool descending)
    {
        if (column is not { } by)
        {
            return rows;
        }

        var indexed = rows.Select((row, index) => (row, index));
        var ordered = by == QueueColumn.TimeInQueue
            ? (descending
                ? indexed.OrderBy(r => r.row.InitiatedAt ?? DateTimeOffset.MaxValue)
                : indexed.OrderByDescending(r => r.row.InitiatedAt ?? DateTimeOffset.MinValue))
            : (descending
                ? indexed.OrderByDescending(r => Text(r.row, by), StringComparer.CurrentCultureIgnoreCase)
                : indexed.OrderBy(r => Text(r.row, by), StringComparer.CurrentCultureIgnoreCase));
        return [.. ordered.ThenBy(r => r.index).Select(r => r.row)];
    }

    /// <summary>A column's text for a row (the time in queue is formatted by the view).</summary>
    public static string Text(WorkgroupQueueRow row, QueueColumn column) => column switch
    {
        QueueColumn.Name => row.RemoteName,
        QueueColumn.Number => row.RemoteAddress,
        QueueColumn.Type => row.Type,
        QueueColumn.State => row.State,
        QueueColumn.User => row.User,
        QueueColumn.Direction => row.Direction,
        QueueColumn.Subject => row.Subject,
        _ => "",
    };
}
