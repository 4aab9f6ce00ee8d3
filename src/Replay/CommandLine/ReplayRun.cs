using Npgsql;
using PureConnect.Grains.EventSourcing;
using PureConnect.Replay.Output;
using PureConnect.Replay.Reading;
using PureConnect.Replay.Reports;

namespace PureConnect.Replay.CommandLine;

/// <summary>One run of a report command: read the whole log in global order into the report's fold, write the table, say what was skipped.</summary>
public sealed class ReplayRun(ReplayConsole console, string connectionString, int pageSize, OutputFormat format)
{
    private static readonly EventSerializer Serializer = EventSerializer.ForContracts();

    public async Task<int> RunAsync(IReport report, ReportRange range, CancellationToken cancellationToken)
    {
        var session = new ReplaySession(report, range, Serializer);
        await using var store = new ReadOnlyEventStore(connectionString);
        try
        {
            await new EventLogRead(console, pageSize).RunAsync(store, page =>
            {
                session.Accept(page);
                return Task.CompletedTask;
            }, () => $"Read {session.EventsRead:N0} events", cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException { InnerException: NpgsqlException })
        {
            await console.Error.WriteLineAsync($"Cannot read the event store at {store.Describe}: {ex.Message}");
            return ExitCodes.StoreUnavailable;
        }

        ReportWriter.Write(session.Finish(), format, console.ReportConsole(), console.Out);
        await EventLogRead.WriteSummaryAsync(console.Error, session.EventsRead, session.Issues);
        return ExitCodes.Success;
    }
}
