using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using PureConnect.CallLogs;
using PureConnect.CrmProjector.CallLogs;
using PureConnect.CrmProjector.OmniPresence;
using PureConnect.CrmProjector.Operations;
using PureConnect.CrmProjector.SalesforceUsage;
using PureConnect.CrmProjector.ScreenPop;
using PureConnect.EventRelay;
using PureConnect.Grains.EventSourcing;
using PureConnect.Icws;
using PureConnect.Salesforce;

namespace PureConnect.CrmProjector;

public static class Extensions
{
    public const string DatabaseName = "pureconnect";

    /// <summary>
    /// The relay (stored events → MassTransit, one leader across instances) and the consumers that project
    /// them into Salesforce work. Transport: RabbitMQ when <c>ConnectionStrings__rabbitmq</c> is set (an AMQP
    /// URI), else in memory inside this process (the embedded default: relay and consumers share the bus).
    /// Registration order matters: migrations, then the bus, then the relay, so nothing is published before
    /// the consumers' queues exist.
    /// </summary>
    public static void AddCrmProjectorServices(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var connectionString = configuration.GetConnectionString(DatabaseName)
            ?? throw new InvalidOperationException($"No connection string '{DatabaseName}' (set ConnectionStrings__{DatabaseName}).");
        builder.Services.AddPureConnectDatabase(connectionString);
        if (ScreenPopEnabled(configuration))
        {
            // Connected before the bus starts, so the screen-pop consumer can reach the grains from its first message.
            builder.Services.Configure<ScreenPopOptions>(configuration.GetSection("ScreenPop"));
        }

        if (ScreenPopEnabled(configuration) || OmniSyncEnabled(configuration))
        {
            builder.AddOrleansClient(connectionString);
        }

        builder.Services.AddSingleton(EventSerializer.ForContracts());
        builder.Services.Configure<CallLogOptions>(configuration.GetSection("CallLogs"));
        builder.Services.Configure<SalesforceApiUsageOptions>(configuration.GetSection("SalesforceApiUsage"));
        builder.Services.Configure<CallLogWriterOptions>(configuration.GetSection("CallLogWriter"));
        builder.Services.AddSingleton(sp => new CallLogStore(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<IOptions<CallLogWriterOptions>>()));
        builder.Services.AddSingleton<CallLogFolding>();
        builder.Services.AddSingleton<CallLogCatchUp>();
        builder.Services.AddSingleton<CallLogRepairs>();
        builder.Services.AddSingleton<CallLogFailures>();
        builder.Services.AddHostedService<CallLogBacklog>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<CallLogRepairOptions>(configuration.GetSection("CallLogRepair"));
        builder.Services.AddHostedService<CallLogRepairService>();
        builder.Services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            x.DisableUsageTelemetry();
            x.AddConsumer<InteractionEventConsumer, InteractionEventConsumerDefinition>();
            x.AddConsumer<CallLogFaultConsumer, CallLogFaultConsumerDefinition>();
            if (ScreenPopEnabled(configuration))
            {
                x.AddConsumer<ScreenPopConsumer, ScreenPopConsumerDefinition>();
            }
            if (configuration.GetConnectionString("rabbitmq") is { Length: > 0 } rabbit)
            {
                builder.Services.AddSingleton(new ErrorQueueMonitor(new Uri(rabbit)));
                builder.Services.AddHealthChecks().AddCheck<ErrorQueueMonitor>("error-queues");
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(new Uri(rabbit));
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });
        // The relay must not publish before the consumers' queues are bound (RabbitMQ drops a message that no
        // queue is bound to): the bus's hosted service waits until the bus has started, and the relay starts after it.
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromMinutes(1);
        });
        builder.Services.AddEventRelay(configuration);

        // Without a Salesforce org configured the call logs are still projected, just not written anywhere.
        if (configuration.GetSection("Salesforce")["ClientId"] is { Length: > 0 })
        {
            builder.Services.AddSalesforceClient(o => configuration.GetSection("Salesforce").Bind(o));
            builder.Services.Configure<CallLogSyncOptions>(configuration.GetSection("CallLogSync"));
            builder.Services.AddSingleton<CallLogOutbox>();
            builder.Services.Configure<TaskOwnerOptions>(configuration.GetSection(TaskOwnerOptions.Section));
            builder.Services.AddSingleton<TaskOwners>();
            builder.Services.AddSingleton<TranscriptFiles>();
            builder.Services.AddHostedService<CallLogSync>();
            builder.Services.AddSingleton<ExternalIdFieldCheck>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<ExternalIdFieldCheck>());
            builder.Services.AddHealthChecks().AddCheck<ExternalIdFieldCheck>("salesforce-external-id-field");
            builder.Services.AddSingleton<ApiUsageReport>();
            builder.Services.AddHostedService<ApiUsageWatch>();
            builder.Services.AddHealthChecks().AddCheck<ApiUsageReport>("salesforce-api-usage");
            if (OmniSyncEnabled(configuration))
            {
                builder.Services.Configure<OmniSyncOptions>(configuration.GetSection(OmniSyncOptions.Section));
                builder.Services.AddSingleton<OmniPresenceSync>();
                builder.Services.AddHostedService(sp => sp.GetRequiredService<OmniPresenceSync>());
                builder.Services.AddHealthChecks().AddCheck<OmniPresenceSync>("omni-channel-sync");
            }

            if (configuration.GetSection("ActivityIdWriteBack")["UserId"] is { Length: > 0 })
            {
                builder.Services.AddIcwsClient(o => configuration.GetSection("Cic").Bind(o));
                builder.Services.Configure<ActivityIdWriteBackOptions>(configuration.GetSection("ActivityIdWriteBack"));
                builder.Services.AddSingleton<ActivityIdWriteBack>();
            }
        }
    }

    /// <summary>Screen pop needs Salesforce (to search) and the Orleans cluster (to record the decision on the interaction).</summary>
    private static bool ScreenPopEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool>("ScreenPop:Enabled") && configuration.GetSection("Salesforce")["ClientId"] is { Length: > 0 };

    /// <summary>Omni-Channel sync needs Salesforce (to read presences) and the cluster (the agents' grains decide).</summary>
    private static bool OmniSyncEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool>($"{OmniSyncOptions.Section}:Enabled") && configuration.GetSection("Salesforce")["ClientId"] is { Length: > 0 };

    private static void AddOrleansClient(this WebApplicationBuilder builder, string connectionString)
    {
        var orleans = builder.Configuration.GetSection("Orleans");
        builder.UseOrleansClient(client =>
        {
            client.Configure<Orleans.Configuration.ClusterOptions>(o =>
            {
                o.ClusterId = orleans["ClusterId"] ?? "pureconnect";
                o.ServiceId = orleans["ServiceId"] ?? "pureconnect";
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            client.UseConnectionRetryFilter(async (_, cancellationToken) =>
            {
                // A quarter of a second: at start-up the silo's gateway opens moments after this client's first try (one
                // membership-table read per try).
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
                return true;
            });
        });
    }
}
