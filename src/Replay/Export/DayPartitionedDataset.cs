using System.Globalization;

namespace PureConnect.Replay.Export;

/// <summary>
/// One data set of an export, partitioned by UTC day in Hive style: <c>{folder}/{name}/day=2026-12-01/part-0000.parquet</c>,
/// one file per day, each written in row groups of at most <c>rowGroupSize</c> rows.
/// </summary>
public sealed class DayPartitionedDataset<TRow>(string folder, string name, IReadOnlyList<ParquetColumn<TRow>> columns, int rowGroupSize)
    : IAsyncDisposable
{
    private readonly SortedDictionary<DateOnly, PartitionFile<TRow>> _days = [];
    private bool _completed;

    public string Name { get; } = name;

    public long Rows => _days.Values.Sum(d => d.Rows);

    public int Partitions => _days.Count;

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
