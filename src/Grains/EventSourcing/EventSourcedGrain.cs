using System.Text.Json;
using Microsoft.Extensions.Logging;
using Orleans.EventSourcing;
using Orleans.EventSourcing.CustomStorage;
using PureConnect.Persistence.EventStore;

namespace PureConnect.Grains.EventSourcing;

/// <summary>
/// A <see cref="JournaledGrain{TState,TEvent}"/> whose log lives in the PostgreSQL event store
/// (custom storage): activation loads the latest snapshot and folds only the tail; each confirmed batch is
/// one atomic append with optimistic concurrency; every <see cref="SnapshotEvery"/> events a snapshot is
/// written. Event ids are fixed per event instance, so when Orleans resubmits a batch whose first attempt
/// committed (lost response), the store recognises it and nothing is stored twice.
/// Events are checked before they are raised: Orleans retries a failed write for as long as the grain lives,
/// so an event the store could never take is refused to the caller (<see cref="UnstorableInputException"/>)
/// instead, nothing is raised, and the grain stays usable.
/// </summary>
public abstract class EventSourcedGrain<TState, TEvent>(IEventStore store, EventSerializer serializer, ILogger logger)
    : JournaledGrain<StateHolder<TState>, TEvent>, ICustomStorageInterface<StateHolder<TState>, TEvent>
    where TState : class
    where TEvent : class
{
    private StoredForms<TEvent>? _stored;

    /// <summary>Confirmed decider state.</summary>
    protected TState Current => State.Value ?? Initial;

    protected abstract string StreamId { get; }
    protected abstract TState Initial { get; }
    protected abstract TState Evolve(TState state, TEvent @event);

    /// <summary>Name of the snapshot's JSON schema; bump it when <typeparamref name="TState"/> changes shape.</summary>
    protected abstract string SnapshotType { get; }

    protected virtual int SnapshotEvery => 50;

    protected override void TransitionState(StateHolder<TState> state, TEvent @event) =>
        state.Value = Evolve(state.Value ?? Initial, @event);

    /// <summary>Raises the decided events and waits until they are durable.</summary>
    protected async Task RaiseAndConfirmAsync(IReadOnlyList<TEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        ThrowIfUnstorable(events);
        var before = Current;
        RaiseEvents(events);
        await ConfirmEvents();
        await OnEventsConfirmedAsync(before, events);
    }

    private void ThrowIfUnstorable(IReadOnlyList<TEvent> events)
    {
        try
        {
            StorableText.ThrowIfUnstorable(StreamId, events.Select(StoredFormOf).ToList());
        }
        catch (UnstorableEventException ex)
        {
            Stored.Forget(events);
            logger.LogWarning("Refused events for {StreamId} that cannot be stored: {Reason}", StreamId, ex.Message);
            throw new UnstorableInputException(ex.Message);
        }
    }

    /// <summary>Runs after a batch of events is durable (to publish views, for example). Failures here never undo the events.</summary>
    protected virtual Task OnEventsConfirmedAsync(IReadOnlyList<TEvent> events) => Task.CompletedTask;

    /// <summary>As <see cref="OnEventsConfirmedAsync(IReadOnlyList{TEvent})"/>, with the state before the batch.</summary>
    protected virtual Task OnEventsConfirmedAsync(TState before, IReadOnlyList<TEvent> events) => OnEventsConfirmedAsync(events);

    public async Task<KeyValuePair<int, StateHolder<TState>>> ReadStateFromStorage()
    {
        var (snapshot, tail) = await store.ReadLatestAsync(StreamId, SnapshotType);
        var (version, state) = snapshot is not null
            ? (snapshot.StreamVersion, JsonSerializer.Deserialize<TState>(snapshot.JsonPayload, EventSerializer.JsonOptions) ?? Initial)
            : (0L, Initial);

        foreach (var recorded in tail)
        {
            state = Evolve(state, (TEvent)serializer.Deserialize(recorded.EventType, recorded.JsonPayload));
            version = recorded.StreamVersion;
        }

        return new(checked((int)version), new StateHolder<TState> { Value = state });
    }

    public async Task<bool> ApplyUpdatesToStorage(IReadOnlyList<TEvent> updates, int expectedVersion)
    {
        var batch = updates.Select(StoredFormOf).ToList();
        var result = await store.AppendAsync(StreamId, expectedVersion, batch);
        switch (result.Outcome)
        {
            case AppendOutcome.WrongExpectedVersion:
                logger.LogWarning("Append to {StreamId} expected version {Expected} but the stream is at {Actual}; re-reading",
                    StreamId, expectedVersion, result.StreamVersion);
                return false;
            case AppendOutcome.AlreadyAppended:
                logger.LogInformation("Batch for {StreamId} was already stored (retry after a lost response)", StreamId);
                Stored.Forget(updates);
                return true;
        }

        Stored.Forget(updates);
        await SnapshotIfDueAsync(updates, expectedVersion, result.StreamVersion);
        return true;
    }

    private async Task SnapshotIfDueAsync(IReadOnlyList<TEvent> updates, int expectedVersion, long newVersion)
    {
        if (newVersion / SnapshotEvery == expectedVersion / SnapshotEvery)
        {
            return;
        }

        try
        {
            var folded = updates.Aggregate(Current, Evolve);
            var json = JsonSerializer.Serialize(folded, EventSerializer.JsonOptions);
            await store.WriteSnapshotAsync(new Snapshot(StreamId, newVersion, SnapshotType, json));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A snapshot is only an optimisation: the events are already durable.
            logger.LogWarning(ex, "Could not write a snapshot of {StreamId} at version {Version}", StreamId, newVersion);
        }
    }

    /// <summary>The event as stored: its id is fixed at the first call, so a resubmitted batch keeps its ids.</summary>
    private EventData StoredFormOf(TEvent @event) => Stored.Of(@event);

    private StoredForms<TEvent> Stored => _stored ??= new StoredForms<TEvent>(
        e => new EventData(Guid.CreateVersion7(), serializer.NameOf(e), serializer.Serialize(e), new EventMetadata(Source: GetType().Name)));
}
