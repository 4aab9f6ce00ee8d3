using MassTransit;

namespace PureConnect.CrmProjector.ScreenPop;

/// <summary>Its own queue (a copy of every interaction event), a few searches at a time, retried briefly.</summary>
public sealed class ScreenPopConsumerDefinition : ConsumerDefinition<ScreenPopConsumer>
{
    public ScreenPopConsumerDefinition()
    {
        EndpointName = "crm-screen-pop";
        ConcurrentMessageLimit = 8;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScreenPopConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(r => r.Exponential(3, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
}
