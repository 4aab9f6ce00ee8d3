namespace PureConnect.Icws;

/// <summary>Settings of the ICWS client: where the CIC server is and how the client talks to it.</summary>
public sealed class IcwsClientOptions
{
    /// <summary>
    /// Root of the CIC server, e.g. <c>https://cic01:8019/</c>; ICWS paths (<c>icws/...</c>) are appended to it, after any path
    /// it has (a reverse proxy's <c>https://web.example/apps/client/api/cic01</c>, with or without the final slash). Alternate
    /// hosts keep its scheme, port and path.
    /// </summary>
    public Uri ServerUri { get; set; } = new("http://localhost:8018/");

    /// <summary>Name CIC shows as the application owning the session.</summary>
    public string ApplicationName { get; set; } = "PureConnect.Orleans";

    /// <summary>Value of <c>Accept-Language</c>; fixes the language of texts for the whole session.</summary>
    public string Language { get; set; } = "en-US";

    /// <summary>Time allowed for one request attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Delay between two short polls of the message queue.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Use server-sent events when the server supports them (messaging feature version 2 or later).</summary>
    public bool PreferServerSentEvents { get; set; } = true;

    /// <summary>
    /// Name of the security right that allows remote workstation and remote number stations, as the configuration API
    /// reports it in a user's <c>securityRights</c> ([U]: the exact name is unconfirmed).
    /// </summary>
    public string RemoteStationsRight { get; set; } = "remoteStationLogin";

    /// <summary>Where a workgroup's configuration carries its wrap-up codes, time limit and ambiguous code ([U]).</summary>
    public WrapUpPropertyNames WrapUp { get; set; } = new();

    /// <summary>
    /// How long a session's server may stay unreachable (refused, reset, timed out) before its message stream gives up
    /// with the last failure, so that the owner logs in again, on an alternate host if the server died.
    /// </summary>
    public TimeSpan ServerUnreachableTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait before trying the next host on login, after a 503 or an unreachable host.</summary>
    public TimeSpan AlternateHostDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a status change answered 202 waits for its outcome (an <c>asyncOperationCompletedMessage</c> or the new status,
    /// [U]) before it is taken as accepted; zero does not wait.
    /// </summary>
    public TimeSpan AsyncOutcomeTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
