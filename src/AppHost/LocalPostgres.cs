using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace PureConnect.AppHost;

/// <summary>
/// PostgreSQL without a container engine: the server's own programs (Debian's <c>postgresql</c> package) run as an
/// executable resource on a cluster in the data folder (<c>scripts/postgres.sh</c>: initdb once, then the server in the
/// foreground) on a fixed port (15432 plus the offset), not proxied: through DCP's proxy a connection made before the server
/// listens waits for its timeout instead of failing at once, which held the services up by seconds. The resource is
/// healthy once the <c>pureconnect</c> database exists and answers; the health check creates it on the first run.
/// </summary>
public static class LocalPostgres
{
    public const string DatabaseName = "pureconnect";
    public const int Port = 15432;

    public static (IResourceBuilder<ExecutableResource> Server, IResourceBuilder<IResourceWithConnectionString> Database) AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string dataFolder, int port, string? programs)
    {
        var server = builder.AddExecutable("postgres", "bash", Path.Combine(builder.AppHostDirectory, "scripts"),
                "postgres.sh", Path.Combine(dataFolder, "postgres"))
            .WithEndpoint(name: "tcp", scheme: "tcp", port: port, env: "PGPORT", isProxied: false)
            .WithHealthCheck("postgres-ready");
        if (programs is not null)
            server.WithEnvironment("PG_BIN", programs);

        var endpoint = server.GetEndpoint("tcp");
        var database = builder.AddConnectionString(DatabaseName, ReferenceExpression.Create(
            $"Host=127.0.0.1;Port={endpoint.Property(EndpointProperty.Port)};Username=postgres;Database={DatabaseName}"));
        builder.Services.AddHealthChecks().AddAsyncCheck("postgres-ready", cancellationToken => PromptHealthCheck.UntilHealthyAsync(async cancellationToken =>
        {
            try
            {
                var connectionString = await database.Resource.ConnectionStringExpression.GetValueAsync(cancellationToken);
                await EnsureDatabaseAsync(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false }, cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy(ex.Message);
            }
        }, TimeProvider.System, PromptHealthCheck.Window, PromptHealthCheck.Step, cancellationToken));
        return (server, database);
    }

    private static async Task EnsureDatabaseAsync(NpgsqlConnectionStringBuilder target, CancellationToken cancellationToken)
    {
        var server = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = target.Database } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
