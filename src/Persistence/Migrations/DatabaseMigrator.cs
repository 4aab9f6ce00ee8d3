using DbUp;
using DbUp.Engine.Output;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PureConnect.Persistence.Migrations;

/// <summary>
/// Brings a database to the current schema: creates it if missing, then runs the numbered scripts embedded
/// from <c>Migrations/*.sql</c> that its journal (<c>public.schema_versions</c>) does not list yet, each in
/// its own transaction. An advisory lock makes processes that start together take turns, so no script
/// ever runs twice.
/// </summary>
public static class DatabaseMigrator
{
    // Advisory lock keys (two-int form): "PCON" and a purpose. append_events uses purpose 1.
    private const int LockNamespace = 1347571277;
    private const int MigrationLock = 2;
    private const int CreateDatabaseLock = 3;
    private const string JournalSchema = "public";
    private const string JournalTable = "schema_versions";

    /// <summary>Applies the pending scripts and returns their names (empty when the schema is current).</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(string connectionString, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        await EnsureDatabaseAsync(connectionString, logger, cancellationToken);

        await using var lockConnection = await OpenLockConnectionAsync(connectionString, cancellationToken);
        await AcquireAsync(lockConnection, MigrationLock, "migration", logger, cancellationToken);

        var upgrader = DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.EndsWith(".sql", StringComparison.Ordinal))
            .JournalToPostgresqlTable(JournalSchema, JournalTable)
            .WithTransactionPerScript()
            .WithVariablesDisabled() // $name$ would clash with PostgreSQL's dollar quoting
            .LogTo(new MicrosoftUpgradeLog(logger))
            .Build();

        // DbUp is synchronous; run it off the caller's thread. The lock connection closes (and so releases
        // the lock) when this method returns or fails.
        var result = await Task.Run(upgrader.PerformUpgrade, cancellationToken);
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"Database migration failed in script {result.ErrorScript?.Name ?? "(none)"}: {result.Error?.Message}", result.Error);
        }

        var applied = result.Scripts.Select(script => script.Name).ToList();
        logger.LogInformation("Database {Database} is at the current schema ({Count} script(s) applied now)", DatabaseName(connectionString), applied.Count);
        return applied;
    }

    private static async Task EnsureDatabaseAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await using var probe = await OpenLockConnectionAsync(connectionString, cancellationToken);
            return;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            logger.LogInformation("Database {Database} does not exist; creating it", DatabaseName(connectionString));
        }

        // Advisory locks are per database, so creators meet in the maintenance database.
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString;
        await using var lockConnection = await OpenLockConnectionAsync(maintenance, cancellationToken);
        await AcquireAsync(lockConnection, CreateDatabaseLock, "database creation", logger, cancellationToken);
        await Task.Run(() => EnsureDatabase.For.PostgresqlDatabase(connectionString, new MicrosoftUpgradeLog(logger)), cancellationToken);
    }

    // Not pooled: closing the connection ends the session, which releases its advisory locks even when an
    // exception skipped any explicit unlock.
    private static async Task<NpgsqlConnection> OpenLockConnectionAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task AcquireAsync(NpgsqlConnection connection, int purpose, string what, ILogger logger, CancellationToken cancellationToken)
    {
        await using var tryLock = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockNamespace}, {purpose})", connection);
        if ((bool)(await tryLock.ExecuteScalarAsync(cancellationToken))!)
        {
            return;
        }

        logger.LogInformation("Another process holds the {What} lock on {Database}; waiting for it", what, connection.Database);
        await using var waitLock = new NpgsqlCommand($"SELECT pg_advisory_lock({LockNamespace}, {purpose})", connection) { CommandTimeout = 0 };
        await waitLock.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? DatabaseName(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database;
}
