using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using PureConnect.Persistence.Migrations;

namespace PureConnect.Persistence.Hosting;

/// <summary>
/// Migrates the database while the host starts, before the hosted services registered after it (the
/// Orleans silo needs its tables). While PostgreSQL is unavailable it logs every failed attempt and
/// retries with exponential back-off until it succeeds or the host's start is cancelled.
/// </summary>
public sealed partial class DatabaseMigrationService(
    IOptions<DatabaseStartupOptions> options,
    TimeProvider timeProvider,
    ILogger<DatabaseMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var target = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var delay = settings.InitialRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await DatabaseMigrator.MigrateAsync(settings.ConnectionString, logger, cancellationToken);
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                var unavailable = ex is NpgsqlException { IsTransient: true } || ex.InnerException is NpgsqlException { IsTransient: true };
                if (unavailable)
                {
                    LogUnavailable(ex, target.Host, target.Port, target.Database, attempt, delay, ex.Message);
                }
                else
                {
                    LogMigrationFailed(ex, target.Host, target.Port, target.Database, attempt, delay, ex.Message);
                }

                await Task.Delay(delay, timeProvider, cancellationToken);
                // The first tries at the initial pace (a server starting beside this host answers within moments), then backing off.
                if (attempt >= 8)
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxRetryDelay.Ticks));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "PostgreSQL at {Host}:{Port} (database {Database}) is unavailable (attempt {Attempt}): {Reason}. Retrying in {Delay}")]
    private partial void LogUnavailable(Exception exception, string? host, int port, string? database, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Migrating PostgreSQL at {Host}:{Port} (database {Database}) failed (attempt {Attempt}): {Reason}. Retrying in {Delay}")]
    private partial void LogMigrationFailed(Exception exception, string? host, int port, string? database, int attempt, TimeSpan delay, string reason);
}
