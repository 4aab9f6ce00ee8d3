using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace PureConnect.Replay.IntegrationTests;

/// <summary>The DuckDB queries shipped with the tool (<c>duckdb/examples.sql</c>), by name, run through DuckDB.NET in memory.</summary>
public static partial class DuckDbExamples
{
    public static IReadOnlyDictionary<string, string> Load()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "duckdb", "examples.sql"));
        var queries = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = NameLine().Matches(text);
        for (var i = 0; i < names.Count; i++)
        {
            var start = names[i].Index + names[i].Length;
            var end = i + 1 < names.Count ? names[i + 1].Index : text.Length;
            queries.Add(names[i].Groups[1].Value, text[start..end].Trim());
        }

        return queries;
    }

    /// <summary>Runs <paramref name="sql"/> with <c>&lt;out&gt;</c> replaced by <paramref name="exportFolder"/>; each row's cells as text.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(string sql, string exportFolder)
    {
        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql.Replace("<out>", exportFolder.Replace('\\', '/'), StringComparison.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => TextOf(reader.GetValue(i)))));
        }

        return rows;
    }

    private static string TextOf(object? value) => value switch
    {
        null or DBNull => "null",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex(@"^-- name: ([a-z_]+).*$", RegexOptions.Multiline)]
    private static partial Regex NameLine();
}
