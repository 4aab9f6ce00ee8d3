using PureConnect.TestSupport;

namespace PureConnect.IcwsIngest.UnitTests;

/// <summary>Tests of the parked-work table share one throwaway PostgreSQL server; each test class gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Postgres";
}
