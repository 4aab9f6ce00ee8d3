using Npgsql;
using Orleans.Configuration;
using PureConnect.Icws;
using PureConnect.IcwsIngest.Parking;

namespace PureConnect.IcwsIngest;

public static class Extensions
{
    public const string DatabaseName = "pureconnect";

    /// <summary>
    /// An Orleans client (finds the silos' gateways through the ADO.NET membership table, and keeps
    /// retrying while no silo is up), the ICWS client, the monitoring worker, and the parked-work table.
    /// </summary>
    public static void AddIcwsIngestServices(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(DatabaseName)
            ?? throw new InvalidOperationException($"No connection string '{DatabaseName}' (set ConnectionStrings__{DatabaseName}).");
        var orleans = builder.Configuration.GetSection("Orleans");
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = orleans["ClusterId"] ?? "pureconnect";
                o.ServiceId = orleans["ServiceId"] ?? "pureconnect";
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            client.UseConnectionRetryFilter(async (exception, cancellationToken) =>
            {
                // A quarter of a second: at start-up the silo's gateway opens moments after this client's first try (one
                // membership-table read per try).
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
                return true;
            });
            client.AddActivityPropagation();
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddIcwsClient(o => builder.Configuration.GetSection("Cic").Bind(o));
        builder.Services.Configure<IngestOptions>(builder.Configuration.GetSection("Ingest"));
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddSingleton<IParkedWorkStore, PostgresParkedWorkStore>();
        builder.Services.AddSingleton<IngestHealth>();
        builder.Services.AddHealthChecks().AddCheck<IngestHealth>("cic-monitoring");
        builder.Services.AddHostedService<IngestWorker>();
    }

    /// <summary><c>GET /operations/parked</c>: the latest grain calls the ingest gave up on (<c>?count=</c>, default 100, at most 1000).</summary>
    public static void MapIngestOperations(this WebApplication app) =>
        app.MapGet("/operations/parked", async (IParkedWorkStore parked, int? count, CancellationToken cancellationToken) =>
            Results.Ok(await parked.LatestAsync(Math.Clamp(count ?? 100, 1, 1000), cancellationToken)));
}
