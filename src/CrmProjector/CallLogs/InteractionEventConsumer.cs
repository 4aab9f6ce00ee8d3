using MassTransit;
using Microsoft.Extensions.Options;
using PureConnect.Contracts.Interactions.V1;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>Folds each interaction event into its call log; idempotent (stream versions), so retries and redeliveries change nothing.</summary>
public sealed class InteractionEventConsumer(CallLogStore store, EventSerializer serializer, IOptions<CallLogOptions> options)
    : IConsumer<InteractionEventRecorded>
{
    public async Task Consume(ConsumeContext<InteractionEventRecorded> context)
    {
        var message = context.Message;
        if (!serializer.TryDeserialize(message.EventType, message.Payload, out var stored) || stored is not InteractionEvent @event)
        {
            return;
        }

        var settings = options.Value;
        await store.ApplyAsync(message.InteractionKey, message.StreamVersion,
            state => CallLogProjection.Evolve(state, message.InteractionKey, message.StreamVersion, @event),
            state => CallLogProjection.ShouldExist(state, settings) ? CallLogProjection.Fields(state, settings) : null,
            context.CancellationToken);
    }
}
