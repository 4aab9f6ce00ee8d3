using Parquet;
using Parquet.Schema;

namespace PureConnect.Replay.Export;

/// <summary>
/// One Parquet file of one day's partition, written in row groups: rows are held until a row group is full, so memory is
/// bounded by the row group size whatever the number of rows.
/// </summary>
internal sealed class PartitionFile<TRow> : IAsyncDisposable
{
    private readonly IReadOnlyList<ParquetColumn<TRow>> _columns;
    private readonly int _rowGroupSize;
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly List<TRow> _pending = [];

    private PartitionFile(IReadOnlyList<ParquetColumn<TRow>> columns, int rowGroupSize, FileStream stream, ParquetWriter writer)
    {
        _columns = columns;
        _rowGroupSize = rowGroupSize;
        _stream = stream;
        _writer = writer;
    }

    public long Rows { get; private set; }

    /// <summary>Rows held for the next row group.</summary>
    public int Pending => _pending.Count;

    public static async Task<PartitionFile<TRow>> CreateAsync(string path, IReadOnlyList<ParquetColumn<TRow>> columns, int rowGroupSize,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        try
        {
            var schema = new ParquetSchema(columns.Select(c => (Field)c.Field));
            var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken);
            return new PartitionFile<TRow>(columns, rowGroupSize, stream, writer);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    public async Task AddAsync(TRow row, CancellationToken cancellationToken)
    {
        _pending.Add(row);
        Rows++;
        if (_pending.Count >= _rowGroupSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Writes the rows held as one row group, then closes the file.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await DisposeAsync();
    }

    /// <summary>Writes the rows held as one row group (none: nothing).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        using (var rowGroup = _writer.CreateRowGroup())
        {
            foreach (var column in _columns)
            {
                await column.WriteAsync(rowGroup, _pending, cancellationToken);
            }
        }

        _pending.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _stream.DisposeAsync();
    }
}
