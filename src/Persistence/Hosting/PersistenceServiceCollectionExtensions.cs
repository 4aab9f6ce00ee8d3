using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;
using PureConnect.Persistence.EventStore;
using PureConnect.Persistence.Hosting;
using PureConnect.Persistence.Secrets;

namespace Microsoft.Extensions.DependencyInjection;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the PostgreSQL data source, <see cref="IEventStore"/> and the start-up migration
    /// (<see cref="DatabaseMigrationService"/>). Call it before <c>UseOrleans</c>: hosted services start in
    /// registration order, and the silo's ADO.NET providers need the migrated tables.
    /// </summary>
    public static IServiceCollection AddPureConnectDatabase(
        this IServiceCollection services, string connectionString, Action<DatabaseStartupOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        services.AddOptions<DatabaseStartupOptions>().Configure(options =>
        {
            options.ConnectionString = connectionString;
            configure?.Invoke(options);
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var builder = new NpgsqlDataSourceBuilder(connectionString).UseLoggerFactory(sp.GetService<ILoggerFactory>());
            // Our statements change no session state, so a pooled connection needs no DISCARD ALL on its way back (a round
            // trip per open). The one session-state user, the relay's leader connection, clears its lock and LISTEN itself.
            builder.ConnectionStringBuilder.NoResetOnClose = true;
            // The same few statements run thousands of times a second: prepared once per connection, PostgreSQL stops parsing
            // and planning them on every call. A connection string that sets its own limit keeps it.
            if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
            {
                builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
            }

            return builder.Build();
        });
        services.AddOptions<EventStoreOptions>();
        services.TryAddSingleton<IEventStore>(sp =>
        {
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<EventStoreOptions>>().Value;
            return new PostgresEventStore(sp.GetRequiredService<NpgsqlDataSource>(), Math.Max(1, options.AppendFlushers), options.NotifyInterval);
        });
        services.TryAddSingleton<AgentSessionTicketStore>();
        services.AddHostedService<DatabaseMigrationService>();
        return services;
    }

    /// <summary>
    /// Keeps the Data Protection key ring in PostgreSQL (needs <see cref="AddPureConnectDatabase"/>), so that every
    /// instance of a service protects and unprotects with the same keys.
    /// </summary>
    public static IDataProtectionBuilder PersistKeysToPureConnectDatabase(this IDataProtectionBuilder builder)
    {
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<NpgsqlDataSource>((options, dataSource) => options.XmlRepository = new PostgresXmlRepository(dataSource));
        return builder;
    }
}
