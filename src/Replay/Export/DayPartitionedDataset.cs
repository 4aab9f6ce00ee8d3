using System.Globalization;

namespace PureConnect.Replay.Export;

/// <summary>
/// One data set of an export, partitioned by UTC day in Hive style: <c>{folder}/{name}/day=2026-12-01/part-0000.parquet</c>,
/// one file per day, each written in row groups of at most <c>rowGroupSize</c> rows. Rows held in memory stay below twice
/// <c>rowGroupSize</c> however many days are open: when the days other than the current one hold that many, they are written
/// as (smaller) row groups.
/// </summary>
public sealed class DayPartitionedDataset<TRow>(string folder, string name, IReadOnlyList<ParquetColumn<TRow>> columns, int rowGroupSize)
    : IAsyncDisposable
{
    private readonly SortedDictionary<DateOnly, PartitionFile<TRow>> _days = [];
    private bool _completed;

    public string Name { get; } = name;

    public long Rows => _days.Values.Sum(d => d.Rows);

    public int Partitions => _days.Count;

    /// <summary>Rows held in memory for the next row groups, over all days.</summary>
    public int PendingRows => _days.Values.Sum(d => d.Pending);

    public static string PartitionFolder(string folder, string name, DateOnly day) =>
        Path.Combine(folder, name, "day=" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public async Task AddAsync(DateOnly day, TRow row, CancellationToken cancellationToken)
    {
        if (!_days.TryGetValue(day, out var file))
        {
            file = await PartitionFile<TRow>.CreateAsync(Path.Combine(PartitionFolder(folder, Name, day), "part-0000.parquet"), columns,
                rowGroupSize, cancellationToken);
            _days.Add(day, file);
        }

        await file.AddAsync(row, cancellationToken);
        if (_days.Count > 1 && _days.Values.Where(d => d != file).Sum(d => d.Pending) >= rowGroupSize)
        {
            foreach (var other in _days.Values.Where(d => d != file))
            {
                await other.FlushAsync(cancellationToken);
            }
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var file in _days.Values)
        {
            await file.CompleteAsync(cancellationToken);
        }

        _completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_completed)
        {
            return;
        }

        foreach (var file in _days.Values)
        {
            await file.DisposeAsync();
        }
    }
}
