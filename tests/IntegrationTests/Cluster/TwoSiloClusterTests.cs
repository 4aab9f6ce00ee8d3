using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PureConnect.AgentApi;
using PureConnect.Grains.Interactions;
using PureConnect.TestSupport;

namespace PureConnect.IntegrationTests.Cluster;

/// <summary>Two AgentApi hosts, each with its own silo, find each other through the membership table on PostgreSQL.</summary>
public sealed class TwoSiloClusterTests : IAsyncLifetime
{
    private PostgresServer _postgres = null!;
    private string _connectionString = "";
    private readonly string _clusterId = $"two-{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        _connectionString = await _postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("cluster"));
    }

    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    private WebApplication Silo() => AgentApiApplication.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Urls"] = "http://127.0.0.1:0",
        ["ConnectionStrings:pureconnect"] = _connectionString,
        ["Orleans:ClusterId"] = _clusterId,
        ["Orleans:Endpoints:SiloPort"] = PostgresServer.FindFreeTcpPort().ToString(),
        ["Orleans:Endpoints:GatewayPort"] = PostgresServer.FindFreeTcpPort().ToString(),
        ["Cic:ServerUri"] = "http://127.0.0.1:9/",
    }));

    [Fact]
    public async Task Two_silos_started_at_once_migrate_once_and_form_one_cluster_that_shares_grains()
    {
        await using var first = Silo();
        await using var second = Silo();
        await Task.WhenAll(first.StartAsync(), second.StartAsync());

        var management = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var hosts = await Infrastructure.Eventually.MatchesAsync(() => management.GetHosts(onlyActive: true), h => h.Count == 2,
            because: "both silos to be active");
        Assert.Equal(2, hosts.Count);
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @c AND status = 3"));

        var key = $"shared-{Guid.NewGuid():N}";
        await first.Services.GetRequiredService<IGrainFactory>().GetGrain<IInteractionGrain>(key).ObserveAsync(new InteractionObservation(
            "1000000009", "agent1", new Dictionary<string, string> { ["Eic_State"] = "C" }, DateTimeOffset.UtcNow));
        var seenFromSecond = await second.Services.GetRequiredService<IGrainFactory>().GetGrain<IInteractionGrain>(key).GetViewAsync();
        Assert.Equal(InteractionStatus.Connected, seenFromSecond.Status);

        await second.StopAsync();
        await Infrastructure.Eventually.MatchesAsync(() => management.GetHosts(onlyActive: true), h => h.Count == 1,
            TimeSpan.FromSeconds(60), because: "the stopped silo to leave the cluster");
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("c", _clusterId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
