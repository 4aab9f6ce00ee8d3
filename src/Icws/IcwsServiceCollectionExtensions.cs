using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PureConnect.Icws;

/// <summary>Registers the ICWS client.</summary>
public static class IcwsServiceCollectionExtensions
{
    /// <summary>Name of the HttpClient for ordinary requests.</summary>
    public const string HttpClientName = "icws";

    /// <summary>Name of the HttpClient for the long-lived event stream.</summary>
    public const string MessagingHttpClientName = "icws-messaging";

    /// <summary>
    /// Registers <see cref="IcwsConnector"/> (transient, sharing one <see cref="IcwsKnownHosts"/>) and its two HttpClients. "icws" retries transient failures
    /// of safe and idempotent requests (GET, PUT, DELETE) but never an unsafe POST such as make-call, with one
    /// circuit breaker per host so a failed server does not block its switchover peer. "icws-messaging" has no
    /// timeout and no resilience handler: it carries the server-sent event stream. Neither handler keeps cookies:
    /// each session sends its own.
    /// </summary>
    public static IServiceCollection AddIcwsClient(this IServiceCollection services, Action<IcwsClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<IcwsClientOptions>().Configure(configure);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(IcwsConnector)))
            return services; // a second call only adds configuration, not a second resilience pipeline

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IcwsKnownHosts>();

        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler)
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) => ConfigureResilience(resilience, provider.GetRequiredService<IOptions<IcwsClientOptions>>().Value))
            .SelectPipelineByAuthority();

        // An event stream is abandoned, never read to its end: close the connection instead of draining it.
        services.AddHttpClient(MessagingHttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, MaxResponseDrainSize = 0 });

        services.AddTransient(provider =>
        {
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            return new IcwsConnector(
                factory.CreateClient(HttpClientName),
                factory.CreateClient(MessagingHttpClientName),
                provider.GetRequiredService<IOptions<IcwsClientOptions>>().Value,
                provider.GetRequiredService<ILoggerFactory>(),
                provider.GetService<TimeProvider>(),
                provider.GetRequiredService<IcwsKnownHosts>());
        });
        return services;
    }

    private static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    private static void ConfigureResilience(HttpStandardResilienceOptions resilience, IcwsClientOptions options)
    {
        // Not DisableForUnsafeHttpMethods(): that also stops PUT and DELETE, which ICWS makes idempotent (subscriptions,
        // station, status); only POST (make-call, commands, login) must never be sent twice.
        resilience.Retry.DisableFor(HttpMethod.Post, HttpMethod.Patch, HttpMethod.Connect);
        resilience.AttemptTimeout.Timeout = options.RequestTimeout;
        // The validator wants the total above one attempt and the breaker's window at least two attempts long.
        resilience.TotalRequestTimeout.Timeout = Max(resilience.TotalRequestTimeout.Timeout, options.RequestTimeout * 3);
        resilience.CircuitBreaker.SamplingDuration = Max(resilience.CircuitBreaker.SamplingDuration, options.RequestTimeout * 2);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
