using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.AgentApi.Http;

/// <summary>The newest view version an event stream has sent, for the agent and per interaction; older or equal ones are stale.</summary>
public sealed class SentVersions(long agentVersion, Dictionary<string, long> interactionVersions)
{
    private long _agentVersion = agentVersion;

    public bool IsNewer(AgentView view)
    {
        if (view.Version <= _agentVersion)
        {
            return false;
        }

        _agentVersion = view.Version;
        return true;
    }

    public bool IsNewer(InteractionView view)
    {
        if (interactionVersions.TryGetValue(view.Key, out var sent) && view.Version <= sent)
        {
            return false;
        }

        interactionVersions[view.Key] = view.Version;
        return true;
    }
}
