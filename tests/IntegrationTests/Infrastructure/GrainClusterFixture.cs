using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using PureConnect.Grains;
using PureConnect.TestSupport;

namespace PureConnect.IntegrationTests.Infrastructure;

/// <summary>
/// An Orleans test cluster (two silos, in process) whose grains keep their events in a real PostgreSQL
/// started by the fixture, migrated by the same start-up migration as production.
/// </summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    private PostgresServer? _postgres;

    public InProcessTestCluster Cluster { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";
    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        ConnectionString = await _postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("grains"));
        var connectionString = ConnectionString;

        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddPureConnectDatabase(connectionString);
            silo.AddMemoryGrainStorage("PubSubStore");
            silo.AddMemoryStreams(PureConnect.Grains.Agents.AgentUpdateStreams.Provider);
            silo.AddPureConnectGrains(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Cic:ServerUri"] = "http://127.0.0.1:9/" })
                .Build());
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class GrainClusterCollection : ICollectionFixture<GrainClusterFixture>
{
    public const string Name = "GrainCluster";
}
