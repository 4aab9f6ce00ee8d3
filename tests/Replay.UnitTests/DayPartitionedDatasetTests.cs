using Parquet;
using PureConnect.Replay.Export;

namespace PureConnect.Replay.UnitTests;

/// <summary>The Parquet files of one data set, written to a scratch folder and read back with Parquet.Net.</summary>
public sealed class DayPartitionedDatasetTests : IDisposable
{
    private static readonly IReadOnlyList<ParquetColumn<(DateOnly Day, int N)>> Columns =
    [
        new NumberColumn<(DateOnly Day, int N), int>("n", r => r.N),
        new TextColumn<(DateOnly Day, int N)>("day_text", r => r.Day.ToString("O")),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("replay-dataset-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Rows_of_days_written_in_turn_are_held_below_twice_the_row_group_size_and_all_land_in_their_day_s_file()
    {
        var days = Enumerable.Range(0, 5).Select(i => new DateOnly(2026, 12, 1).AddDays(i)).ToList();
        var mostHeld = 0;
        await using (var dataSet = new DayPartitionedDataset<(DateOnly Day, int N)>(_folder, "things", Columns, rowGroupSize: 10))
        {
            for (var n = 0; n < 500; n++)
            {
                var day = days[n % days.Count];
                await dataSet.AddAsync(day, (day, n), CancellationToken.None);
                mostHeld = Math.Max(mostHeld, dataSet.PendingRows);
            }

            await dataSet.CompleteAsync(CancellationToken.None);
        }

        Assert.InRange(mostHeld, 10, 19);
        foreach (var day in days)
        {
            var path = Path.Combine(DayPartitionedDataset<int>.PartitionFolder(_folder, "things", day), "part-0000.parquet");
            await using var reader = await ParquetReader.CreateAsync(path);
            var rows = 0L;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                rows += reader.OpenRowGroupReader(g).RowCount;
            }

            Assert.Equal(100, rows);
        }
    }
}
