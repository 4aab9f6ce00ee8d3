using Parquet;
using Parquet.Schema;

namespace PureConnect.Replay.Export;

/// <summary>One column of an export: its Parquet field and how to write a row group's values of it.</summary>
public abstract class ParquetColumn<TRow>
{
    public abstract DataField Field { get; }

    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, IReadOnlyList<TRow> rows, CancellationToken cancellationToken);
}

/// <summary>A text column (UTF-8, nullable).</summary>
public sealed class TextColumn<TRow>(string name, Func<TRow, string?> value) : ParquetColumn<TRow>
{
    public override DataField Field { get; } = new DataField<string>(name, true);

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, IReadOnlyList<TRow> rows, CancellationToken cancellationToken) =>
        rowGroup.WriteAsync(Field, rows.Select(value).ToArray()!, null);
}

/// <summary>A column of numbers (nullable).</summary>
public sealed class NumberColumn<TRow, T>(string name, Func<TRow, T?> value) : ParquetColumn<TRow>
    where T : struct
{
    public override DataField Field { get; } = new DataField<T?>(name);

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, IReadOnlyList<TRow> rows, CancellationToken cancellationToken) =>
        rowGroup.WriteAsync<T>(Field, rows.Select(value).ToArray(), null, null, cancellationToken);
}

/// <summary>
/// A UTC time in milliseconds (nullable), stored as a timestamp without a time zone that holds UTC: DuckDB reads it as
/// <c>TIMESTAMP</c> and Spark as <c>TIMESTAMP_NTZ</c>, so hours and days come out in UTC whatever the reader's own time zone.
/// </summary>
public sealed class UtcTimeColumn<TRow>(string name, Func<TRow, DateTimeOffset?> value) : ParquetColumn<TRow>
{
    public override DataField Field { get; } =
        new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: false, unit: DateTimeTimeUnit.Millis, isNullable: true);

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, IReadOnlyList<TRow> rows, CancellationToken cancellationToken) =>
        rowGroup.WriteAsync<DateTime>(Field, rows.Select(r => value(r)?.UtcDateTime).ToArray(), null, null, cancellationToken);
}
