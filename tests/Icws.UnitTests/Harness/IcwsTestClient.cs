using Microsoft.Extensions.Logging.Abstractions;

namespace PureConnect.Icws.UnitTests.Harness;

/// <summary>Builds a connector the way production does (cookie-less handlers), with delays short enough for tests.</summary>
public static class IcwsTestClient
{
    public const string Password = "s3cret-P@ss";

    public static IcwsCredentials Credentials { get; } = new("agent1", Password);

    public static IcwsConnector Connector(
        Uri serverUri, Action<IcwsClientOptions>? configure = null, TimeSpan? httpTimeout = null, TimeProvider? time = null)
    {
        var options = new IcwsClientOptions
        {
            ServerUri = serverUri,
            PollInterval = TimeSpan.FromMilliseconds(20),
            AlternateHostDelay = TimeSpan.FromMilliseconds(10),
        };
        configure?.Invoke(options);
        var http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { Timeout = httpTimeout ?? TimeSpan.FromSeconds(10) };
        var messagingHttp = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxResponseDrainSize = 0 }) { Timeout = Timeout.InfiniteTimeSpan };
        return new IcwsConnector(http, messagingHttp, options, NullLoggerFactory.Instance, time);
    }

    public static Task<IcwsSession> ConnectAsync(FakeIcwsServer server, Action<IcwsClientOptions>? configure = null, TimeProvider? time = null) =>
        Connector(server.Uri, configure, time: time).ConnectAsync(Credentials, Deadline());

    /// <summary>A token that ends a hung test instead of hanging the run.</summary>
    public static CancellationToken Deadline(int seconds = 15) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;
}
