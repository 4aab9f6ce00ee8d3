using System.Globalization;

namespace PureConnect.Replay.Reports.AgentDays;

/// <summary>The agent-day rows as a table: fixed columns, then one <c>status:{id}</c> column per status seen.</summary>
internal static class AgentDayTable
{
    public const string Title = "Agents per day (UTC)";

    public static ReportTable Build(IReadOnlyDictionary<(string Agent, DateOnly Day), AgentDayTotals> totals)
    {
        var statuses = totals.Values.SelectMany(t => t.StatusTime.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        List<ReportColumn> columns =
        [
            new("agent"), new("day"), new("logged_in", CellKind.Duration),
            new("offered", CellKind.Number), new("answered", CellKind.Number), new("missed", CellKind.Number),
            new("transferred", CellKind.Number), new("transferred_blind", CellKind.Number), new("transferred_consult", CellKind.Number),
            new("outbound", CellKind.Number),
            new("talk", CellKind.Duration), new("hold", CellKind.Duration), new("wrap_up", CellKind.Duration),
            new("average_handle", CellKind.Duration), new("wrap_up_codes"), new("dispositions"),
            new("secure_pauses", CellKind.Number), new("secure_pause_time", CellKind.Duration), new("by_type_and_direction"),
            .. statuses.Select(s => new ReportColumn($"status:{s}", CellKind.Duration)),
        ];
        var rows = totals
            .OrderBy(p => p.Key.Agent, StringComparer.Ordinal).ThenBy(p => p.Key.Day)
            .Select(p => (IReadOnlyList<object?>)
            [
                p.Key.Agent, p.Key.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Value.LoggedIn,
                p.Value.Offered, p.Value.Answered, p.Value.Missed, p.Value.Transferred, p.Value.TransferredBlind, p.Value.TransferredConsult,
                p.Value.Outbound, p.Value.Talk, p.Value.Hold, p.Value.WrapUp, p.Value.AverageHandle,
                string.Join("; ", p.Value.WrapUpCodes.Select(c => $"{c.Key}={c.Value}")),
                string.Join("; ", p.Value.Dispositions.Select(c => $"{c.Key}={c.Value}")),
                p.Value.SecurePauses, p.Value.SecurePauseTime,
                string.Join("; ", p.Value.ByTypeAndDirection.Select(c => $"{c.Key}: {c.Value}")),
                .. statuses.Select(s => (object?)p.Value.StatusTime.GetValueOrDefault(s)),
            ])
            .ToList();
        return new ReportTable(Title, columns, rows);
    }
}
