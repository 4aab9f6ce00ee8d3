using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Options;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// One interaction's events are applied in order (partitioned by interaction key), different interactions in
/// parallel. Failures are retried with back-off (by default about a minute: long enough for a predecessor redelivered after a
/// broker restart to arrive first), except a payload that cannot be read (retrying cannot help); what still fails goes to the
/// <c>_error</c> queue, which <c>/health</c> and <c>/operations/error-queues</c> show, and its fault schedules the second level:
/// <see cref="CallLogRepairService"/> catches the call log up from the event store.
/// </summary>
public sealed class InteractionEventConsumerDefinition : ConsumerDefinition<InteractionEventConsumer>
{
    public const string QueueName = "crm-call-logs";
    // Each partition waits for its fold's row to be written (CallLogWriterOptions.Linger gathers the folds of many partitions
    // into one transaction), so the partitions, not the processor, bound the throughput: 64 × 1 / (linger + round trip).
    private const int Partitions = 64;

    private readonly CallLogRepairOptions _retry;

    public InteractionEventConsumerDefinition(IOptions<CallLogRepairOptions> options)
    {
        _retry = options.Value;
        EndpointName = QueueName;
        ConcurrentMessageLimit = Partitions;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<InteractionEventConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Exponential(_retry.Retries, _retry.RetryMinInterval, _retry.RetryMaxInterval, TimeSpan.FromMilliseconds(300))
            .Ignore<JsonException>());
        consumerConfigurator.Message<PureConnect.Contracts.Interactions.V1.InteractionEventRecorded>(m =>
            m.UsePartitioner(Partitions, c => c.Message.InteractionKey));
    }
}
