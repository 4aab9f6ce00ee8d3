using System.Diagnostics.Metrics;
using PureConnect.Persistence.EventStore;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// Folds an interaction's stored events into its call log from the event store, which has every event the broker can deliver
/// (the relay publishes only what is stored). Used for a message that arrives before its predecessors — RabbitMQ hands the
/// projector's concurrent deliveries to their partition in a racy order, so under load a few events of an interaction overtake
/// one another — and by the second-level repair. Idempotent by stream version: events that arrive afterwards change nothing.
/// </summary>
public sealed class CallLogCatchUp(CallLogStore callLogs, CallLogFolding folding, IEventStore events)
{
    private static readonly Meter Meter = new("PureConnect.CrmProjector");
    private static readonly Counter<long> GapsFilled = Meter.CreateCounter<long>("pureconnect.calllogs.gaps_filled",
        description: "Interaction events delivered before their predecessors, folded at once from the event store");

    /// <summary>
    /// Folds a delivered event; when it arrived ahead of its predecessors, folds them (and it) from the event store instead of
    /// failing it into a retry with back-off (an exception, a logged stack trace and seconds of delay for every overtaking).
    /// </summary>
    public async Task ApplyDeliveredAsync(string interactionKey, long streamVersion, string eventType, string payload,
        CancellationToken cancellationToken)
    {
        try
        {
            await folding.ApplyAsync(interactionKey, streamVersion, eventType, payload, cancellationToken);
            return;
        }
        catch (CallLogVersionGapException)
        {
            GapsFilled.Add(1);
        }

        var (from, count) = await FromEventStoreAsync(interactionKey, cancellationToken);
        if (from + count < streamVersion)
        {
            // Not in the store: impossible for a relayed event, so the retries (and then the repair) deal with it.
            throw new CallLogVersionGapException(interactionKey, from + count, streamVersion);
        }
    }

    /// <summary>Folds every stored event after the call log's version; answers that version and how many events were read.</summary>
    public async Task<(long From, int Count)> FromEventStoreAsync(string interactionKey, CancellationToken cancellationToken)
    {
        var from = await callLogs.VersionAsync(interactionKey, cancellationToken);
        var missing = await events.ReadStreamAsync($"interaction-{interactionKey}", from, cancellationToken);
        foreach (var @event in missing)
        {
            await folding.ApplyAsync(interactionKey, @event.StreamVersion, @event.EventType, @event.JsonPayload, cancellationToken);
        }

        return (from, missing.Count);
    }
}
