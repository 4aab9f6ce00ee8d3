using Microsoft.Extensions.Logging;
using Orleans.EventSourcing;
using Orleans.Providers;
using PureConnect.Grains.Agents;
using PureConnect.Grains.EventSourcing;
using PureConnect.Persistence.EventStore;

namespace PureConnect.Grains.Interactions;

/// <summary>Thin shell around <see cref="InteractionDecider"/>: load, decide, append.</summary>
[GrainType("interaction")]
[LogConsistencyProvider(ProviderName = GrainsHosting.EventStoreProvider)]
public sealed class InteractionGrain(IEventStore store, EventSerializer serializer, ILogger<InteractionGrain> logger)
    : EventSourcedGrain<InteractionModel, InteractionEvent>(store, serializer, logger), IInteractionGrain
{
    public static string StreamIdOf(string key) => $"interaction-{key}";

    protected override string StreamId => StreamIdOf(this.GetPrimaryKeyString());
    protected override InteractionModel Initial => InteractionModel.Initial;
    protected override string SnapshotType => "InteractionModel.V1";

    protected override InteractionModel Evolve(InteractionModel state, InteractionEvent @event) =>
        InteractionDecider.Evolve(state, @event);

    public Task ObserveAsync(InteractionObservation observation) =>
        RaiseAndConfirmAsync(InteractionDecider.Observe(Current, IcwsInteractionTranslator.Translate(observation)));

    public Task ObserveRemovedAsync(string userId, DateTimeOffset observedAt) =>
        RaiseAndConfirmAsync(InteractionDecider.Removed(Current, userId, observedAt));

    public Task CloseUnobservedAsync(DateTimeOffset observedAt) =>
        RaiseAndConfirmAsync(InteractionDecider.CloseUnobserved(Current, observedAt));

    public Task<InteractionView> GetViewAsync() => Task.FromResult(View());

    /// <summary>The owner's clients see every change; an agent who lost the interaction sees it leave.</summary>
    protected override async Task OnEventsConfirmedAsync(IReadOnlyList<InteractionEvent> events)
    {
        var view = View();
        var users = events.OfType<InteractionUnassigned>().Select(e => e.UserId).Append(view.UserId).OfType<string>().Distinct();
        foreach (var user in users)
        {
            await this.PublishAsync(user, new AgentUpdate(null, view), logger);
        }
    }

    private InteractionView View()
    {
        var s = Current;
        return new InteractionView(this.GetPrimaryKeyString(), s.InteractionId, s.Status, s.Direction,
            s.ObjectType, s.RemoteAddress, s.RemoteName, s.Workgroup, s.UserId, s.Muted, s.Internal, s.FirstSeenAt,
            s.ConnectedAt, s.DisconnectedAt, s.DisconnectedBy, s.Deallocated, Version);
    }
}
