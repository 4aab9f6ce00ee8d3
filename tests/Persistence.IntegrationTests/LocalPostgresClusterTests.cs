using Npgsql;
using PureConnect.Persistence.LocalPostgres;
using PureConnect.TestSupport;

namespace PureConnect.Persistence.IntegrationTests;

[Collection(PostgresCollection.Name)]
public sealed class LocalPostgresClusterTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_durable_cluster_keeps_its_data_across_a_restart()
    {
        var folder = await PostgresServer.CreateScratchFolderAsync();
        var options = new LocalPostgresOptions(Path.Combine(folder, "data"), PostgresServer.FindFreeTcpPort());
        try
        {
            await using (var cluster = new LocalPostgresCluster(options))
            {
                await cluster.StartAsync();
                Assert.Equal("on", await ScalarAsync(cluster, "SHOW fsync"));
                await ScalarAsync(cluster, "CREATE TABLE kept AS SELECT 'still here'::text AS note");
            }

            await using (var restarted = new LocalPostgresCluster(options))
            {
                await restarted.StartAsync();
                Assert.Equal("still here", await ScalarAsync(restarted, "SELECT note FROM kept"));
                await restarted.StopAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_test_server_trades_durability_for_speed_and_allows_many_connections()
    {
        await using var connection = new NpgsqlConnection(postgres.Server.AdminConnectionString);
        await connection.OpenAsync();

        Assert.Equal("off", await ShowAsync(connection, "fsync"));
        Assert.Equal("off", await ShowAsync(connection, "synchronous_commit"));
        Assert.Equal("300", await ShowAsync(connection, "max_connections"));
        Assert.Equal("127.0.0.1", await ShowAsync(connection, "listen_addresses"));
        Assert.Equal("", await ShowAsync(connection, "unix_socket_directories"));
    }

    private static async Task<string?> ScalarAsync(LocalPostgresCluster cluster, string sql)
    {
        // Not pooled: a pooled connection to the first run would be dead after the restart.
        var connectionString = new NpgsqlConnectionStringBuilder(cluster.GetConnectionString()) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync()) as string;
    }

    private static async Task<string> ShowAsync(NpgsqlConnection connection, string setting)
    {
        await using var command = new NpgsqlCommand($"SHOW {setting}", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
