using PureConnect.TestSupport;

namespace PureConnect.CrmProjector.IntegrationTests.Infrastructure;

/// <summary>One throwaway PostgreSQL server and one RabbitMQ broker for the collection; each test takes its own database and virtual host.</summary>
public sealed class BrokerFixture : IAsyncLifetime
{
    public PostgresServer Postgres { get; private set; } = null!;
    public RabbitMqServer RabbitMq { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var postgres = PostgresServer.StartAsync();
        var rabbit = RabbitMqServer.StartAsync();
        Postgres = await postgres;
        RabbitMq = await rabbit;
    }

    public async Task DisposeAsync()
    {
        await RabbitMq.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<BrokerFixture>
{
    public const string Name = "Broker";
}
