using Npgsql;
using PureConnect.Persistence.EventStore;
using PureConnect.Grains.EventSourcing;
using PureConnect.Replay.Output;
using PureConnect.Replay.Reading;
using PureConnect.Replay.Reports;
using Spectre.Console;

namespace PureConnect.Replay.CommandLine;

/// <summary>One run of a report command: read the whole log in global order into the report's fold, write the table, say what was skipped.</summary>
public sealed class ReplayRun(ReplayConsole console, string connectionString, int pageSize, OutputFormat format)
{
    private static readonly EventSerializer Serializer = EventSerializer.ForContracts();
    private static readonly TimeSpan HeldBackPoll = TimeSpan.FromMilliseconds(200);

    public async Task<int> RunAsync(IReport report, ReportRange range, CancellationToken cancellationToken)
    {
        var session = new ReplaySession(report, range, Serializer);
        await using var store = new ReadOnlyEventStore(connectionString);
        try
        {
            await ReadAsync(store, session, cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException { InnerException: NpgsqlException })
        {
            await console.Error.WriteLineAsync($"Cannot read the event store at {store.Describe}: {ex.Message}");
            return ExitCodes.StoreUnavailable;
        }

        ReportWriter.Write(session.Finish(), format, console.ReportConsole(), console.Out);
        await WriteSummaryAsync(session);
        return ExitCodes.Success;
    }

    private async Task ReadAsync(ReadOnlyEventStore store, ReplaySession session, CancellationToken cancellationToken)
    {
        var until = await store.LastCheckpointAsync(cancellationToken);
        var reader = new EventLogReader(store.Store, pageSize, until, HeldBackPoll);
        void HeldBack(GlobalCheckpoint at) => console.Error.WriteLine(
            $"Waiting: a transaction still running on the server holds back the events after position {at.Position} (the gap-safe read).");
        if (!console.ShowsProgress)
        {
            await reader.ReadAllAsync(session.Accept, HeldBack, cancellationToken);
            return;
        }

        await console.ErrorConsole().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Reading the event log", maxValue: Math.Max(until?.Position ?? 1, 1));
                await reader.ReadAllAsync(page =>
                {
                    session.Accept(page);
                    task.Value = Math.Min(page[^1].GlobalPosition, task.MaxValue);
                    task.Description = $"Read {session.EventsRead:N0} events";
                }, HeldBack, cancellationToken);
                task.Value = task.MaxValue;
            });
    }

    private async Task WriteSummaryAsync(ReplaySession session)
    {
        var issues = session.Issues;
        await console.Error.WriteLineAsync($"Read {session.EventsRead} events.");
        if (issues.UnknownCount > 0)
        {
            var types = string.Join(", ", issues.UnknownTypes.Select(t => $"{t.Key} ×{t.Value}"));
            await console.Error.WriteLineAsync($"Skipped {issues.UnknownCount} events of types this version does not know: {types}.");
        }

        foreach (var corrupt in issues.Corrupt)
        {
            await console.Error.WriteLineAsync(
                $"Skipped a corrupt event: stream {corrupt.StreamId} version {corrupt.StreamVersion} ({corrupt.EventType}): {corrupt.Reason}");
        }
    }
}
