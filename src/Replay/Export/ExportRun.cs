using System.Globalization;
using Npgsql;
using PureConnect.Grains.EventSourcing;
using PureConnect.Replay.CommandLine;
using PureConnect.Replay.Reading;
using PureConnect.Replay.Reports;
using PureConnect.Replay.Reports.Workgroups;

namespace PureConnect.Replay.Export;

/// <summary>
/// One run of <c>export</c>: read the whole log in global order, write the events of the range to the <c>events</c> data set as
/// they come (in row groups), then the agent-day and workgroup tables, each partitioned by UTC day. Reads only from the store.
/// </summary>
public sealed class ExportRun(ReplayConsole console, string connectionString, int pageSize, int rowGroupSize)
{
    public const string AgentDayDataSet = "agent_day";
    public const string WorkgroupDataSet = "workgroup";

    private static readonly EventSerializer Serializer = EventSerializer.ForContracts();

    public async Task<int> RunAsync(string folder, bool overwrite, ReportRange range, ReportInterval interval, TimeSpan threshold,
        CancellationToken cancellationToken)
    {
        if (ExportFolder.Prepare(folder, overwrite) is { } problem)
        {
            await console.Error.WriteLineAsync(problem);
            return ExitCodes.CannotWrite;
        }

        var session = new ExportSession(range, interval, threshold, Serializer);
        await using var events = new DayPartitionedDataset<EventRow>(folder, EventRow.DataSet, EventRow.Columns, rowGroupSize);
        await using var store = new ReadOnlyEventStore(connectionString);
        long agentDays, workgroups;
        try
        {
            await new EventLogRead(console, pageSize).RunAsync(store, async page =>
            {
                foreach (var row in session.Accept(page))
                {
                    await events.AddAsync(DaySplit.DayOf(row.OccurredAt), row, cancellationToken);
                }
            }, () => $"Read {session.EventsRead:N0} events, exported {events.Rows:N0}", cancellationToken);
            await events.CompleteAsync(cancellationToken);
            agentDays = await WriteTableAsync(folder, AgentDayDataSet, session.FinishAgentDays(),
                row => DateOnly.ParseExact((string)row[1]!, "yyyy-MM-dd", CultureInfo.InvariantCulture), cancellationToken);
            workgroups = await WriteTableAsync(folder, WorkgroupDataSet, session.FinishWorkgroups(),
                row => DaySplit.DayOf((DateTimeOffset)row[1]!), cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException { InnerException: NpgsqlException })
        {
            await console.Error.WriteLineAsync($"Cannot read the event store at {store.Describe}: {ex.Message}");
            return ExitCodes.StoreUnavailable;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Cannot write to {folder}: {ex.Message}");
            return ExitCodes.CannotWrite;
        }

        await EventLogRead.WriteSummaryAsync(console.Error, session.EventsRead, session.Issues);
        if (events.Rows == 0 && agentDays == 0 && workgroups == 0)
        {
            await console.Error.WriteLineAsync($"No events in the range: wrote no partition files to {folder}.");
            return ExitCodes.Success;
        }

        await console.Error.WriteLineAsync(
            $"Exported to {folder}: {events.Rows} events in {events.Partitions} day partitions, {agentDays} agent-day rows, {workgroups} workgroup rows.");
        return ExitCodes.Success;
    }

    /// <summary>Writes a report table partitioned by the day of each row; returns how many rows it wrote.</summary>
    private async Task<long> WriteTableAsync(string folder, string name, ReportTable table, Func<IReadOnlyList<object?>, DateOnly> dayOf,
        CancellationToken cancellationToken)
    {
        await using var dataSet = new DayPartitionedDataset<IReadOnlyList<object?>>(folder, name, ReportTableColumns.Of(table), rowGroupSize);
        foreach (var row in table.Rows)
        {
            await dataSet.AddAsync(dayOf(row), row, cancellationToken);
        }

        await dataSet.CompleteAsync(cancellationToken);
        return dataSet.Rows;
    }
}
