using Npgsql;
using PureConnect.CallLogs;
using PureConnect.Grains.EventSourcing;
using PureConnect.Replay.CommandLine;
using PureConnect.Replay.Output;
using PureConnect.Replay.Reading;
using PureConnect.Replay.Reports;

namespace PureConnect.Replay.WhatIf;

/// <summary>
/// One what-if: replay the call-log projection over the range with the given mapping, read the live call logs of the same
/// interactions, and print the fields that would change. Reads only unless asked to apply (<see cref="CallLogApply"/>: the
/// call_logs rows, never the event store).
/// </summary>
public sealed class WhatIfRun(ReplayConsole console, string connectionString, int pageSize, OutputFormat format)
{
    private static readonly EventSerializer Serializer = EventSerializer.ForContracts();

    public async Task<int> RunAsync(CallLogOptions mapping, ReportRange range, bool apply, CancellationToken cancellationToken)
    {
        var replay = new CallLogReplay(range, mapping);
        var session = new ReplaySession(replay, range, Serializer);
        IReadOnlyDictionary<string, string?> liveJson;
        await using (var store = new ReadOnlyEventStore(connectionString))
        {
            try
            {
                await new EventLogRead(console, pageSize).RunAsync(store, page =>
                {
                    session.Accept(page);
                    return Task.CompletedTask;
                }, () => $"Read {session.EventsRead:N0} events", cancellationToken);
                liveJson = await LiveCallLogs.ReadJsonAsync(connectionString, [.. replay.Results().Keys], cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                await console.Error.WriteLineAsync($"No call_logs table at {store.Describe}: give the database the projector writes to ({ex.MessageText}).");
                return ExitCodes.StoreUnavailable;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException { InnerException: NpgsqlException })
            {
                await console.Error.WriteLineAsync($"Cannot read the event store at {store.Describe}: {ex.Message}");
                return ExitCodes.StoreUnavailable;
            }
        }

        var whatIf = replay.Results();
        var live = liveJson.ToDictionary(p => p.Key, p => LiveCallLogs.Parse(p.Value), StringComparer.Ordinal);
        var changes = CallLogDiff.Of(live, whatIf);
        ReportWriter.Write(WhatIfTable.Of(changes), format, console.ReportConsole(), console.Out);
        await EventLogRead.WriteSummaryAsync(console.Error, session.EventsRead, session.Issues);
        await console.Error.WriteLineAsync(WhatIfTable.Summary(whatIf.Count, changes, apply));
        if (!apply || changes.Count == 0)
        {
            return ExitCodes.Success;
        }

        try
        {
            var outcome = await CallLogApply.RunAsync(connectionString, replay.States(), [.. changes.Select(c => c.InteractionKey).Distinct(StringComparer.Ordinal)],
                mapping, (done, of) => console.Error.WriteLine($"Applied {done:N0} of {of:N0} call logs"), cancellationToken);
            await console.Error.WriteLineAsync(outcome.Summary());
            return ExitCodes.Success;
        }
        catch (NpgsqlException ex)
        {
            await console.Error.WriteLineAsync($"Applying failed: {ex.Message} (each batch of call logs is one transaction: what was reported applied stays applied; run again for the rest).");
            return ExitCodes.StoreUnavailable;
        }
    }
}
