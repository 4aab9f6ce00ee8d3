using MassTransit;
using PureConnect.Contracts.Interactions.V1;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// Folds each interaction event into its call log, in stream order; idempotent (stream versions), so retries
/// and redeliveries change nothing; an event delivered ahead of its predecessors brings them from the event store.
/// </summary>
public sealed class InteractionEventConsumer(CallLogCatchUp catchUp) : IConsumer<InteractionEventRecorded>
{
    public Task Consume(ConsumeContext<InteractionEventRecorded> context)
    {
        var message = context.Message;
        return catchUp.ApplyDeliveredAsync(message.InteractionKey, message.StreamVersion, message.EventType, message.Payload, context.CancellationToken);
    }
}
