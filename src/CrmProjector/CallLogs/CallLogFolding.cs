using Microsoft.Extensions.Options;
using PureConnect.CallLogs;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// Folds one stored interaction event into its call log, the same way whether it arrives as a message or is read back from
/// the event store by a repair. An event type this version does not know still takes its place in the order (it changes
/// nothing), so later events never wait for it; a payload that cannot be read throws.
/// </summary>
public sealed class CallLogFolding(CallLogStore store, EventSerializer serializer, IOptions<CallLogOptions> options)
{
    public Task ApplyAsync(string interactionKey, long streamVersion, string eventType, string payload, CancellationToken cancellationToken)
    {
        var @event = serializer.TryDeserialize(eventType, payload, out var stored) ? stored as InteractionEvent : null;
        var settings = options.Value;
        return store.ApplyAsync(interactionKey, streamVersion,
            state => @event is null
                ? state with { InteractionKey = interactionKey, Version = streamVersion }
                : CallLogProjection.Evolve(state, interactionKey, streamVersion, @event, settings),
            state => CallLogProjection.ShouldExist(state, settings) ? CallLogProjection.Fields(state, settings) : null,
            cancellationToken);
    }
}
