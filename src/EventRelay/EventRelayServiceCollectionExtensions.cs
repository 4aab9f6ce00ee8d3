using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PureConnect.EventRelay;

public static class EventRelayServiceCollectionExtensions
{
    /// <summary>
    /// Registers the relay (a hosted service). Needs <c>AddPureConnectDatabase</c> (data source, event store)
    /// and MassTransit (<c>IBus</c>) registered too.
    /// </summary>
    public static IServiceCollection AddEventRelay(this IServiceCollection services, IConfiguration? configuration = null, Action<EventRelayOptions>? configure = null)
    {
        var options = services.AddOptions<EventRelayOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection("EventRelay"));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddSingleton<RelayCheckpoints>();
        services.AddHostedService<EventRelayService>();
        return services;
    }
}
