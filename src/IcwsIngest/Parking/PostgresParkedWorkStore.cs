using Npgsql;
using PureConnect.Grains.Text;

namespace PureConnect.IcwsIngest.Parking;

/// <summary>
/// Parked work in the <c>parked_ingest_work</c> table. Every text is cleaned of control characters and shortened
/// first: a park must never fail for the reason the work did.
/// </summary>
public sealed class PostgresParkedWorkStore(NpgsqlDataSource dataSource) : IParkedWorkStore
{
    private const int MaxTextLength = 2000;

    public async Task ParkAsync(ParkedWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var command = dataSource.CreateCommand(
            "INSERT INTO parked_ingest_work (work_key, description, error, attempts, parked_at) VALUES ($1, $2, $3, $4, $5)");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Storable(work.Key) });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Storable(work.Description) });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Storable(work.Error) });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = work.Attempts });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = work.ParkedAt.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ParkedWork>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT work_key, description, error, attempts, parked_at FROM parked_ingest_work ORDER BY parked_at DESC, id DESC LIMIT $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        var parked = new List<ParkedWork>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            parked.Add(new ParkedWork(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return parked;
    }

    // Shortened first, then cleaned: a cut through a surrogate pair leaves a lone half, which is stripped too.
    private static string Storable(string text) =>
        ControlCharacters.Strip(text.Length <= MaxTextLength ? text : text[..MaxTextLength]);
}
