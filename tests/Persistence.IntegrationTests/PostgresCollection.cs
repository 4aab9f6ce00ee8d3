using PureConnect.TestSupport;

namespace PureConnect.Persistence.IntegrationTests;

/// <summary>All tests share one throwaway PostgreSQL server; each test gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Postgres";
}
