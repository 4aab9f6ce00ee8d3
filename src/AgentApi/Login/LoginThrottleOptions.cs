namespace PureConnect.AgentApi.Login;

/// <summary>
/// How many refused log-ins are tolerated before further attempts are turned away for a while (<c>AgentApi:LoginThrottle</c>).
/// Only refusals count, so an agent who types the password right is never slowed down.
/// </summary>
public sealed class LoginThrottleOptions
{
    public const string SectionName = "AgentApi:LoginThrottle";

    /// <summary>Refused log-ins of one user id from one client address within <see cref="Window"/>.</summary>
    public int FailuresPerUserAndAddress { get; set; } = 5;

    /// <summary>Refused log-ins from one client address, whatever the user id, within <see cref="Window"/>.</summary>
    public int FailuresPerAddress { get; set; } = 30;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}
