using PureConnect.CallLogs;
using PureConnect.Grains.Interactions;
using PureConnect.Replay.Output;
using PureConnect.Replay.Reading;
using PureConnect.Replay.Reports;

namespace PureConnect.Replay.WhatIf;

/// <summary>
/// The Salesforce call-log projection replayed: every interaction whose first event lies in the range is folded with the
/// projector's own <see cref="CallLogProjection"/> under the given options, all its events (also those after the range), in
/// stream order. The result is the Task fields the projector would hold for it (null: no call log), as the live projection
/// stores them in <c>call_logs.fields</c>.
/// </summary>
public sealed class CallLogReplay(ReportRange range, CallLogOptions options) : IReport
{
    public const string Title = "Call logs (replayed)";

    private readonly Dictionary<string, CallLogState> _states = new(StringComparer.Ordinal);
    private readonly HashSet<string> _outside = new(StringComparer.Ordinal);

    public void Apply(ReplayedEvent replayed)
    {
        if (replayed.InteractionKey is not { } key || replayed.Event is not InteractionEvent @event || _outside.Contains(key))
        {
            return;
        }

        if (!_states.TryGetValue(key, out var state))
        {
            if (!range.Contains(replayed.OccurredAt))
            {
                _outside.Add(key);
                return;
            }

            state = CallLogState.Empty;
        }

        _states[key] = CallLogProjection.Evolve(state, key, replayed.StreamVersion, @event, options);
    }

    /// <summary>The Task fields of each interaction of the range (null where the projection writes no call log), by interaction key.</summary>
    public IReadOnlyDictionary<string, CallLogFields?> Results() =>
        _states.ToDictionary(p => p.Key, p => CallLogProjection.ShouldExist(p.Value, options) ? CallLogProjection.Fields(p.Value, options) : null,
            StringComparer.Ordinal);

    /// <summary>The folded state of each interaction of the range (what the projector stores in <c>call_logs.state</c>), by key.</summary>
    public IReadOnlyDictionary<string, CallLogState> States() => _states;

    public ReportTable Finish(DateTimeOffset end)
    {
        var rows = Results().Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (IReadOnlyList<object?>)[p.Key, .. CallLogFieldValues.Of(p.Value!).Select(f => f.Value)])
            .ToList();
        return new ReportTable(Title, [new ReportColumn("interaction_key"), .. CallLogFieldValues.Names.Select(n => new ReportColumn(n))], rows);
    }
}
