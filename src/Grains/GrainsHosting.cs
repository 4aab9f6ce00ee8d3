using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PureConnect.Grains.Agents;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;
using PureConnect.Icws;

namespace PureConnect.Grains;

/// <summary>Registers the grains' needs on a silo: the event-store log-consistency provider, the event serializer and the ICWS client.</summary>
public static class GrainsHosting
{
    /// <summary>Name of the custom-storage log-consistency provider (the custom provider's own default, "LogStorage", is ambiguous).</summary>
    public const string EventStoreProvider = "EventStore";

    public static ISiloBuilder AddPureConnectGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.AddCustomStorageBasedLogConsistencyProvider(EventStoreProvider);
        silo.Services.AddSingleton(EventSerializer.ForContracts());
        silo.Services.AddSingleton(TimeProvider.System);
        silo.Services.AddDataProtection();
        silo.Services.AddSingleton<AgentSessionVault>();
        silo.Services.AddSingleton(new PureConnect.Icws.ResponseManagement.ResponseLibraryCache());
        silo.Services.AddIcwsClient(options => configuration.GetSection("Cic").Bind(options));
        silo.Services.AddOptions<CallLogEditOptions>().Bind(configuration.GetSection("CallLogs"));
        silo.Services.AddOptions<CallControlOptions>().Bind(configuration.GetSection("CallControls"));
        return silo;
    }
}
