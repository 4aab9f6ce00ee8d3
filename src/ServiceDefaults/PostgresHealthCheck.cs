using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace PureConnect.ServiceDefaults;

/// <summary>
/// PostgreSQL answers a <c>SELECT 1</c> within <see cref="Timeout"/>: a service whose event store or cluster membership
/// cannot be reached is not healthy, whatever else still works.
/// </summary>
public sealed class PostgresHealthCheck(string connectionString) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        Timeout = (int)Timeout.TotalSeconds,
        CommandTimeout = (int)Timeout.TotalSeconds,
    }.ConnectionString;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync(deadline.Token);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(deadline.Token);
            return HealthCheckResult.Healthy("PostgreSQL answers");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "PostgreSQL does not answer", ex);
        }
    }
}
