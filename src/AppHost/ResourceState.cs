namespace PureConnect.AppHost;

public enum ResourceState
{
    NotStarted,
    Starting,
    Running,
    Unhealthy,
    Restarting,
    Exited,
    Stopped,
}
