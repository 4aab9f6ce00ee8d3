using PureConnect.Persistence.EventStore;
using PureConnect.Replay.Reading;
using Spectre.Console;

namespace PureConnect.Replay.CommandLine;

/// <summary>
/// Reads the whole event log, up to the last event committed at the start, page by page into <c>onPage</c>, with a
/// progress bar on stderr when it is a terminal and a word there whenever a running transaction makes the read wait.
/// </summary>
public sealed class EventLogRead(ReplayConsole console, int pageSize)
{
    private static readonly TimeSpan HeldBackPoll = TimeSpan.FromMilliseconds(200);

    /// <param name="describe">What has been done so far, for the progress bar.</param>
    public async Task RunAsync(ReadOnlyEventStore store, Func<IReadOnlyList<RecordedEvent>, Task> onPage, Func<string> describe,
        CancellationToken cancellationToken)
    {
        var until = await store.LastCheckpointAsync(cancellationToken);
        var reader = new EventLogReader(store.Store, pageSize, until, HeldBackPoll);
        void HeldBack(GlobalCheckpoint at) => console.Error.WriteLine(
            $"Waiting: a transaction still running on the server holds back the events after position {at.Position} (the gap-safe read).");
        if (!console.ShowsProgress)
        {
            await reader.ReadAllAsync(onPage, HeldBack, cancellationToken);
            return;
        }

        await console.ErrorConsole().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Reading the event log", maxValue: Math.Max(until?.Position ?? 1, 1));
                await reader.ReadAllAsync(async page =>
                {
                    await onPage(page);
                    task.Value = Math.Min(page[^1].GlobalPosition, task.MaxValue);
                    task.Description = describe();
                }, HeldBack, cancellationToken);
                task.Value = task.MaxValue;
            });
    }

    /// <summary>How many events were read, and what was skipped: unknown types and corrupt payloads.</summary>
    public static async Task WriteSummaryAsync(TextWriter error, long eventsRead, ReplayIssues issues)
    {
        await error.WriteLineAsync($"Read {eventsRead} events.");
        if (issues.UnknownCount > 0)
        {
            var types = string.Join(", ", issues.UnknownTypes.Select(t => $"{t.Key} ×{t.Value}"));
            await error.WriteLineAsync($"Skipped {issues.UnknownCount} events of types this version does not know: {types}.");
        }

        foreach (var corrupt in issues.Corrupt)
        {
            await error.WriteLineAsync(
                $"Skipped a corrupt event: stream {corrupt.StreamId} version {corrupt.StreamVersion} ({corrupt.EventType}): {corrupt.Reason}");
        }
    }
}
