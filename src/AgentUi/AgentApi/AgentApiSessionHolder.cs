namespace PureConnect.AgentUi.AgentApi;

/// <summary>
/// The AgentApi session of the current request or circuit. Filled from the agent's claims; each AgentApi answer
/// may renew it (new cookies, new CSRF token). A circuit keeps renewals in memory; a static page saves them
/// back into the auth cookie.
/// </summary>
public sealed class AgentApiSessionHolder
{
    private readonly Lock _gate = new();
    private AgentApiSession _session = AgentApiSession.None;

    /// <summary>The current session.</summary>
    public AgentApiSession Current
    {
        get
        {
            lock (_gate)
            {
                return _session;
            }
        }
    }

    /// <summary>Replaces the session with what <paramref name="update"/> makes of it.</summary>
    public void Update(Func<AgentApiSession, AgentApiSession> update)
    {
        lock (_gate)
        {
            _session = update(_session);
        }
    }
}
