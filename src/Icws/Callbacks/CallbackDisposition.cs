namespace PureConnect.Icws;

/// <summary>The body of <c>PUT interactions/{id}/callback/disposition</c> (reference §7.6).</summary>
public enum CallbackDisposition
{
    Success = 0,
    Failure = 1,
    Retry = 2,
}
