using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using PureConnect.Salesforce.Http;

namespace PureConnect.Salesforce;

/// <summary>Registers the Salesforce client.</summary>
public static class SalesforceServiceCollectionExtensions
{
    /// <summary>Name of the client's HttpClient.</summary>
    public const string HttpClientName = "salesforce";

    /// <summary>
    /// Registers <see cref="ISalesforceClient"/> (singleton: it caches the token) and its HttpClient. The pipeline is
    /// a jittered exponential retry (row locks always; 5xx, timeouts and transport errors only for idempotent
    /// requests) around a per-attempt timeout, and innermost a handler that records <c>Sforce-Limit-Info</c> of every
    /// attempt. No circuit breaker: a 403 limit or a lock is not an unhealthy host, and callers hold work themselves.
    /// </summary>
    public static IServiceCollection AddSalesforceClient(this IServiceCollection services, Action<SalesforceClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SalesforceClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SalesforceClientOptions>, SalesforceClientOptionsValidator>());
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ISalesforceClient)))
            return services; // a second call only adds configuration

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<ApiUsageMonitor>();

        var http = services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        http.AddResilienceHandler(HttpClientName, ConfigurePipeline);
        http.AddHttpMessageHandler(provider => new ApiUsageHandler(provider.GetRequiredService<ApiUsageMonitor>()));

        services.AddSingleton<SalesforceClient>(provider => new SalesforceClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<IOptions<SalesforceClientOptions>>().Value,
            provider.GetRequiredService<ApiUsageMonitor>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<SalesforceClient>>()));
        services.AddSingleton<ISalesforceClient>(provider => provider.GetRequiredService<SalesforceClient>());
        return services;
    }

    private static void ConfigurePipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<SalesforceClientOptions>>().Value;
        var logger = context.ServiceProvider.GetRequiredService<ILogger<SalesforceClient>>();
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => TransientFailure.ShouldRetryAsync(args.Outcome, args.Context),
                OnRetry = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    var outcome = args.Outcome.Exception?.GetType().Name ?? ((int?)args.Outcome.Result?.StatusCode)?.ToString() ?? "?";
                    SalesforceLog.Retrying(logger, request?.Method.Method, request?.RequestUri?.AbsolutePath, args.AttemptNumber + 1, outcome, args.RetryDelay);
                    return default;
                },
            });
        }

        // A Streaming API long poll is held by the org: it gets its own, longer, time.
        pipeline.AddTimeout(new Polly.Timeout.TimeoutStrategyOptions
        {
            TimeoutGenerator = args => ValueTask.FromResult(
                args.Context.GetRequestMessage()?.RequestUri?.AbsolutePath.StartsWith("/cometd/", StringComparison.Ordinal) == true
                    ? options.StreamingTimeout : options.RequestTimeout),
        });
    }
}
