using MassTransit;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// One interaction's events are applied in order (partitioned by interaction key), different interactions in
/// parallel. Failures are retried with back-off; what still fails goes to the <c>_error</c> queue, where an
/// operator sees it.
/// </summary>
public sealed class InteractionEventConsumerDefinition : ConsumerDefinition<InteractionEventConsumer>
{
    private const int Partitions = 16;

    public InteractionEventConsumerDefinition()
    {
        EndpointName = "crm-call-logs";
        ConcurrentMessageLimit = Partitions;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<InteractionEventConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Exponential(6, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(300)));
        consumerConfigurator.Message<PureConnect.Contracts.Interactions.V1.InteractionEventRecorded>(m =>
            m.UsePartitioner(Partitions, c => c.Message.InteractionKey));
    }
}
