using MassTransit;
using Microsoft.Extensions.Options;
using PureConnect.Contracts.Interactions.V1;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// Folds each interaction event into its call log, in stream order; idempotent (stream versions), so retries
/// and redeliveries change nothing. An event type this version does not know still takes its place in the
/// order (it changes nothing), so later events never wait for it.
/// </summary>
public sealed class InteractionEventConsumer(CallLogStore store, EventSerializer serializer, IOptions<CallLogOptions> options)
    : IConsumer<InteractionEventRecorded>
{
    public async Task Consume(ConsumeContext<InteractionEventRecorded> context)
    {
        var message = context.Message;
        var @event = serializer.TryDeserialize(message.EventType, message.Payload, out var stored) ? stored as InteractionEvent : null;
        var settings = options.Value;
        await store.ApplyAsync(message.InteractionKey, message.StreamVersion,
            state => @event is null
                ? state with { InteractionKey = message.InteractionKey, Version = message.StreamVersion }
                : CallLogProjection.Evolve(state, message.InteractionKey, message.StreamVersion, @event, settings),
            state => CallLogProjection.ShouldExist(state, settings) ? CallLogProjection.Fields(state, settings) : null,
            context.CancellationToken);
    }
}
