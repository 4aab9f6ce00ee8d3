using Xunit;

namespace PureConnect.TestSupport;

/// <summary>
/// One throwaway PostgreSQL server per xUnit collection. Declare, in the test project,
/// <c>[CollectionDefinition("Postgres")] public sealed class PostgresCollection : ICollectionFixture&lt;PostgresFixture&gt;;</c>
/// and give each test class or test its own database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? server;

    public PostgresServer Server => server ?? throw new InvalidOperationException("The PostgreSQL fixture has not started.");

    /// <summary>Creates an empty database named <paramref name="prefix"/> plus a unique suffix; returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(string prefix = "test") => Server.CreateDatabaseAsync(NewDatabaseName(prefix));

    /// <summary>A unique database name (prefix of at most 30 characters of a-z, 0-9, _) that does not exist yet.</summary>
    public static string NewDatabaseName(string prefix = "test") => $"{prefix}_{Guid.NewGuid():N}";

    public async Task InitializeAsync() => server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
