namespace PureConnect.Grains.EventSourcing;

/// <summary>
/// The mutable box JournaledGrain needs around an immutable decider state: the grain's
/// <c>TransitionState</c> replaces <see cref="Value"/> with <c>Evolve(Value, event)</c>.
/// </summary>
[GenerateSerializer, Alias("PureConnect.StateHolder`1")]
public sealed class StateHolder<TState>
    where TState : class
{
    [Id(0)]
    public TState? Value { get; set; }
}
