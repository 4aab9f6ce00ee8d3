namespace PureConnect.Grains.Agents;

/// <summary>
/// One agent, keyed by CIC user id. Holds the agent's own ICWS session for commands, and the agent's
/// observed state (status, station, queue). Commands go to CIC; their effects come back through the ingest.
/// </summary>
public interface IAgentGrain : IGrainWithStringKey
{
    Task<CommandResult> LogInAsync(LogIn command);
    Task<CommandResult> LogOutAsync();
    Task<CommandResult> ChangeStatusAsync(ChangeStatus command);
    Task<CommandResult> ControlAsync(string interactionKey, CallControl control);
    Task<CommandResult> MakeCallAsync(MakeCall command);

    /// <summary>The ingest saw a user status for this agent.</summary>
    Task ObserveStatusAsync(AgentStatusObservation observation);

    /// <summary>Delta on the agent's user queue.</summary>
    Task ObserveQueueAsync(IReadOnlyList<QueueEntry> added, IReadOnlyList<string> removedKeys, DateTimeOffset observedAt);

    /// <summary>
    /// A full queue snapshot (after a (re)subscription): interactions no longer present ended while the
    /// channel was down and are closed; returns the keys that were closed.
    /// </summary>
    Task<IReadOnlyList<string>> ReconcileQueueAsync(IReadOnlyList<QueueEntry> present, DateTimeOffset observedAt);

    Task<AgentView> GetViewAsync();
}
