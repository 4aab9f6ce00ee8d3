namespace PureConnect.Simulators.CicServer.Engine;

/// <summary><c>PUT interactions/{id}/callback/disposition</c> values (reference §7.6).</summary>
public enum CallbackDisposition
{
    Success = 0,
    Failure = 1,
    Retry = 2,
}
