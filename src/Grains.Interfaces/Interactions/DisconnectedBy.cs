namespace PureConnect.Grains.Interactions;

public enum DisconnectedBy
{
    Unknown = 0,
    /// <summary>Locally: the agent (or the system on the agent's side) hung up.</summary>
    Agent = 1,
    /// <summary>Remotely: the other party hung up.</summary>
    Remote = 2,
    /// <summary>
    /// Closed by us, not reported by CIC: it left the watched queues while the event channel was down and a look-up
    /// found it gone or ended. The only disconnect that a later live observation can undo (<see cref="InteractionReopened"/>).
    /// </summary>
    Unobserved = 3,
}
