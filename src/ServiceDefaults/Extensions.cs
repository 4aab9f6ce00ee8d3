using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace PureConnect.ServiceDefaults;

/// <summary>
/// What every PureConnect service shares, after Aspire's ServiceDefaults: OpenTelemetry (OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, Prometheus text at <c>/metrics</c> always), health checks,
/// and the <c>/health</c> and <c>/alive</c> endpoints. <c>/health</c> runs every registered check: PostgreSQL when the service has
/// the <c>pureconnect</c> connection string, MassTransit's bus (and so RabbitMQ) where the service has a bus, and the service's own.
/// The management surfaces are for operators only (<see cref="OperatorAccess"/>).
/// </summary>
public static class Extensions
{
    private const string AliveTag = "live";
    private const string DatabaseName = "pureconnect";

    /// <summary>Categories that log at Information once per SQL command, HTTP request, notification wait or grain placement: in production that is
    /// several lines per call, each formatted, written to the console and exported. They log warnings and errors only, unless
    /// the configuration names them (<c>Logging:LogLevel:Npgsql.Command</c>, …).</summary>
    private static readonly string[] PerOperationCategories =
    [
        "Npgsql.Command", "Npgsql.Connection", "Polly", "System.Net.Http.HttpClient", "Orleans.Runtime.SiloOptionsLogger", "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Hosting.Diagnostics",
    ];

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder, params string[] extraSources)
        where TBuilder : IHostApplicationBuilder
    {
        foreach (var category in PerOperationCategories.Where(c => builder.Configuration[$"Logging:LogLevel:{c}"] is null))
        {
            builder.Logging.AddFilter(category, LogLevel.Warning);
        }

        builder.ConfigureOpenTelemetry(extraSources);
        var health = builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [AliveTag]);
        if (builder.Configuration.GetConnectionString(DatabaseName) is { Length: > 0 } connectionString)
        {
            health.AddCheck("postgresql", new PostgresHealthCheck(connectionString), tags: ["ready"]);
        }

        builder.Services.AddHttpClient();
        // Checked at start-up: a wrong value stops the service with a clear message instead of being ignored.
        if (CpuPriority.Configured(builder.Configuration) is not null)
        {
            builder.Services.AddHostedService<CpuPriorityService>();
        }

        return builder;
    }

    private static void ConfigureOpenTelemetry(this IHostApplicationBuilder builder, string[] extraSources)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(["Microsoft.Orleans", "PureConnect.*", .. extraSources])
                .AddPrometheusExporter());

        // Traces go somewhere only through OTLP. Without an exporter, listening to the sources would still create an
        // activity for every grain call, HTTP request and message, only to drop it: measurable CPU on every call.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.WithTracing(tracing => tracing
                    .AddSource(["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "PureConnect.*", .. extraSources])
                    .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !IsInfrastructurePath(ctx.Request.Path))
                    .AddHttpClientInstrumentation())
                .UseOtlpExporter();
        }
    }

    private static bool IsInfrastructurePath(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive") || path.StartsWithSegments("/metrics");

    /// <summary>Maps <c>/health</c> (all checks, readiness), <c>/alive</c> (liveness only) and <c>/metrics</c> (operators only),
    /// and puts the operator rule in front of the management surfaces the service maps after this.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        OperatorAccess.Use(app);
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains(AliveTag) });
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
