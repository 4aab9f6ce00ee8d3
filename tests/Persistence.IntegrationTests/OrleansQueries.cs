using System.Data;
using Npgsql;

namespace PureConnect.Persistence.IntegrationTests;

/// <summary>Runs the stored Orleans queries the way the ADO.NET providers do: text from OrleansQuery, named, typed parameters.</summary>
internal sealed class OrleansQueries
{
    private readonly NpgsqlDataSource dataSource;
    private readonly Dictionary<string, string> texts;

    private OrleansQueries(NpgsqlDataSource dataSource, Dictionary<string, string> texts)
    {
        this.dataSource = dataSource;
        this.texts = texts;
    }

    public IReadOnlyCollection<string> Keys => texts.Keys;

    public static async Task<OrleansQueries> LoadAsync(NpgsqlDataSource dataSource)
    {
        // The providers' own start-up query.
        await using var command = dataSource.CreateCommand("SELECT QueryKey, QueryText FROM OrleansQuery");
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new Dictionary<string, string>();
        while (await reader.ReadAsync())
        {
            texts.Add(reader.GetString(reader.GetOrdinal("QueryKey")), reader.GetString(reader.GetOrdinal("QueryText")));
        }

        return new OrleansQueries(dataSource, texts);
    }

    public async Task<List<Dictionary<string, object?>>> ReadAsync(string key, params (string Name, object? Value, DbType Type)[] parameters)
    {
        await using var command = dataSource.CreateCommand(texts[key]);
        foreach (var (name, value, type) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        do
        {
            while (await reader.ReadAsync())
            {
                var row = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }
        }
        while (await reader.NextResultAsync());

        return rows;
    }

    /// <summary>The single value of a one-row, one-column result (as the providers read booleans and versions).</summary>
    public async Task<object?> ScalarAsync(string key, params (string Name, object? Value, DbType Type)[] parameters)
    {
        var row = Assert.Single(await ReadAsync(key, parameters));
        return Assert.Single(row).Value;
    }

    public static (string, object?, DbType) P(string name, int? value) => (name, value, DbType.Int32);

    public static (string, object?, DbType) P64(string name, long value) => (name, value, DbType.Int64);

    public static (string, object?, DbType) P(string name, string? value) => (name, value, DbType.String);

    public static (string, object?, DbType) P(string name, DateTime value) => (name, value, DbType.DateTime);

    public static (string, object?, DbType) P(string name, byte[] value) => (name, value, DbType.Binary);

    public static (string, object?, DbType) Ansi(string name, string value) => (name, value, DbType.AnsiString);
}
