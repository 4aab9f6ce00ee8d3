namespace PureConnect.Grains.Agents;

/// <summary>
/// Where <see cref="AgentUpdate"/>s are published: one Orleans stream per agent, in namespace
/// <see cref="Namespace"/> with the CIC user id as key, on the stream provider <see cref="Provider"/>.
/// </summary>
public static class AgentUpdateStreams
{
    public const string Provider = "AgentUpdates";
    public const string Namespace = "agent";
}
