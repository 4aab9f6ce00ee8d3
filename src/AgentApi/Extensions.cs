using System.Net;
using Orleans.Configuration;
using PureConnect.Grains;
using PureConnect.Grains.Agents;

namespace PureConnect.AgentApi;

public static class Extensions
{
    /// <summary>Name of the PostgreSQL connection string (Aspire style: <c>ConnectionStrings__pureconnect</c>).</summary>
    public const string DatabaseName = "pureconnect";

    /// <summary>
    /// The silo: ADO.NET clustering, reminders and pub/sub storage on PostgreSQL (our own scripts, applied by
    /// the migrations, which are registered first so they run before the silo starts), the event-store
    /// log-consistency provider for the journaled grains, and memory streams for UI updates.
    /// </summary>
    public static void AddAgentApiServices(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(DatabaseName)
            ?? throw new InvalidOperationException($"No connection string '{DatabaseName}' (set ConnectionStrings__{DatabaseName}).");
        builder.Services.AddPureConnectDatabase(connectionString);

        var orleans = builder.Configuration.GetSection("Orleans");
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = orleans["ClusterId"] ?? "pureconnect";
                o.ServiceId = orleans["ServiceId"] ?? "pureconnect";
            });
            silo.ConfigureEndpoints(
                IPAddress.Parse(orleans["AdvertisedIP"] ?? "127.0.0.1"),
                orleans.GetValue("Endpoints:SiloPort", 11111),
                orleans.GetValue("Endpoints:GatewayPort", 30000),
                listenOnAnyHostAddress: false);
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            silo.AddAdoNetGrainStorage("PubSubStore", o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            silo.AddMemoryStreams(AgentUpdateStreams.Provider);
            silo.AddActivityPropagation();
            silo.AddPureConnectGrains(builder.Configuration);
        });
    }
}
