namespace PureConnect.Grains.Interactions;

public enum DisconnectedBy
{
    Unknown = 0,
    /// <summary>Locally: the agent (or the system on the agent's side) hung up.</summary>
    Agent = 1,
    /// <summary>Remotely: the other party hung up.</summary>
    Remote = 2,
    /// <summary>The interaction vanished from the queue while the event channel was down.</summary>
    Unobserved = 3,
}
