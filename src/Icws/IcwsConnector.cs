using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using PureConnect.Icws.Http;
using PureConnect.Icws.Json;

namespace PureConnect.Icws;

/// <summary>
/// Creates ICWS sessions (<c>POST /icws/connection</c>). Starts on the host where the last login succeeded (else the
/// configured one) and follows the alternate-host list of a 503 (switchover); when a host cannot be reached (refused,
/// timed out) it rotates through the alternates learned at earlier logins (<see cref="IcwsKnownHosts"/>, shared by every
/// session of the process). Each host is tried once, with the configured scheme, port and path,
/// <see cref="IcwsClientOptions.AlternateHostDelay"/> apart.
/// </summary>
public sealed class IcwsConnector
{
    /// <summary>
    /// The extras asked of the login (§1.1): a server that does not know an option (older connection feature versions)
    /// leaves its field out, which reads as unknown.
    /// </summary>
    internal const string LoginIncludes = "features,version,default-workstation,effective-station";

    private readonly HttpClient _http;
    private readonly HttpClient _messagingHttp;
    private readonly IcwsClientOptions _options;
    private readonly ILogger _logger;
    private readonly ILogger _sessionLogger;
    private readonly TimeProvider _time;
    private readonly IcwsKnownHosts _knownHosts;

    /// <summary>Creates a connector.</summary>
    /// <param name="http">Client for requests; its handler must not manage cookies (the session sends its own).</param>
    /// <param name="messagingHttp">Client for the long-lived event stream: no timeout, no resilience handler.</param>
    /// <param name="options">Client settings.</param>
    /// <param name="loggerFactory">Logger factory.</param>
    /// <param name="time">Clock for delays; the system clock when null.</param>
    /// <param name="knownHosts">Hosts learned at logins, shared with the other connectors of the process; this connector's own when null.</param>
    public IcwsConnector(
        HttpClient http, HttpClient messagingHttp, IcwsClientOptions options, ILoggerFactory loggerFactory, TimeProvider? time = null,
        IcwsKnownHosts? knownHosts = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(messagingHttp);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        if (!options.ServerUri.IsAbsoluteUri)
            throw new ArgumentException("IcwsClientOptions.ServerUri must be absolute.", nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.PollInterval, TimeSpan.Zero, nameof(options));
        if (string.IsNullOrWhiteSpace(options.Language))
            throw new ArgumentException("IcwsClientOptions.Language must name a language (it is sent as Accept-Language, which ICWS requires).", nameof(options));
        _http = http;
        _messagingHttp = messagingHttp;
        _options = options;
        _logger = loggerFactory.CreateLogger<IcwsConnector>();
        _sessionLogger = loggerFactory.CreateLogger<IcwsSession>();
        _time = time ?? TimeProvider.System;
        _knownHosts = knownHosts ?? new IcwsKnownHosts();
    }

    /// <summary>
    /// Logs in. Throws <see cref="IcwsAuthenticationException"/> when the credentials are refused and
    /// <see cref="IcwsSwitchoverException"/> when no server (configured or alternate) accepts the session.
    /// </summary>
    public async Task<IcwsSession> ConnectAsync(IcwsCredentials credentials, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var plan = new AlternateHostPlan(_options.ServerUri, _knownHosts.Candidates(_options.ServerUri.Host));
        var host = plan.First;
        IcwsException? unreachable = null;
        while (true)
        {
            try
            {
                return await ConnectToAsync(host, credentials, plan, ct).ConfigureAwait(false);
            }
            catch (IcwsSwitchoverException ex)
            {
                IcwsLog.HostUnavailable(_logger, host.Host, credentials.UserId, string.Join(", ", ex.AlternateHosts));
                plan.Offer(ex.AlternateHosts);
            }
            catch (IcwsException ex) when (IsUnreachable(ex))
            {
                IcwsLog.HostUnreachable(_logger, ex, host.Host, credentials.UserId);
                unreachable = ex;
            }

            if (plan.Next() is not { } next)
            {
                if (!plan.SwitchoverSeen && unreachable is not null)
                    ExceptionDispatchInfo.Throw(unreachable);
                throw new IcwsSwitchoverException(plan.Offered);
            }

            host = next;
            IcwsLog.TryingAlternateHost(_logger, credentials.UserId, host.Host, _options.AlternateHostDelay);
            await Task.Delay(_options.AlternateHostDelay, _time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>No answer came: refused, reset, timed out, or the circuit breaker stopped the request.</summary>
    private static bool IsUnreachable(IcwsException ex) => ex is IcwsTimeoutException or IcwsRequestException { StatusCode: null };

    private async Task<IcwsSession> ConnectToAsync(Uri host, IcwsCredentials credentials, AlternateHostPlan plan, CancellationToken ct)
    {
        var sender = new IcwsRequestSender(_http, host, _options.Language);
        using var request = sender.CreateRequest(
            HttpMethod.Post, sender.IcwsUri("connection?include=" + LoginIncludes), ConnectionJson.Request(credentials, _options.ApplicationName));
        IcwsResponse response;
        try
        {
            response = await sender.SendAsync(request, IcwsCallKind.Login, ct).ConfigureAwait(false);
        }
        catch (IcwsAuthenticationException ex)
        {
            IcwsLog.LoginRefused(_logger, credentials.UserId, ex.StatusCode, ex.ErrorId);
            throw;
        }

        var login = LoginResponse.Read(response, credentials.UserId);
        var features = login.Features ?? await GetFeaturesAsync(sender, ct).ConfigureAwait(false);
        // Alternates are other servers: never keep the host this session lives on.
        var offered = login.AlternateHosts.Count > 0 ? login.AlternateHosts : plan.Offered;
        string[] alternates = [.. offered.Where(h => !string.Equals(h, host.Host, StringComparison.OrdinalIgnoreCase))];
        var info = new IcwsSessionInfo(login.UserId, login.UserDisplayName, alternates, features, login.DaysUntilPasswordExpiration,
            login.IcServer, login.DefaultWorkstationId, login.EffectiveStationId);
        _knownHosts.Remember(host.Host, alternates);
        var session = new IcwsSession(sender.ForSession(login.Tokens), _messagingHttp, _options, info, _sessionLogger, _time);
        IcwsLog.SessionCreated(
            _logger, session.SessionId, session.UserId, host.Host, features.TryGetValue("messaging", out var version) ? version : 0);
        return session;
    }

    /// <summary>
    /// Re-attaches to a session opened elsewhere (another process, an earlier activation) from its ticket, and checks that
    /// CIC still knows it with a heartbeat. Throws <see cref="IcwsSessionExpiredException"/> when the session has ended.
    /// </summary>
    public async Task<IcwsSession> ResumeAsync(IcwsSessionTicket ticket, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var sender = new IcwsRequestSender(_http, ticket.ServerUri, _options.Language)
            .ForSession(new IcwsSessionTokens(ticket.SessionId, ticket.CsrfToken, ticket.Cookie));
        var features = new Dictionary<string, int>(ticket.Features, StringComparer.OrdinalIgnoreCase);
        var info = new IcwsSessionInfo(ticket.UserId, ticket.UserDisplayName, ticket.AlternateHosts, features);
        var session = new IcwsSession(sender, _messagingHttp, _options, info, _sessionLogger, _time);
        await session.HeartbeatAsync(ct).ConfigureAwait(false);
        return session;
    }

    /// <summary>
    /// What the server (where the last login succeeded, else the configured one) says before login (<c>GET /icws/connection/server-info</c>): the user agreement, if any.
    /// A server that does not serve it (or fails) gives <see cref="IcwsServerInfo.Unknown"/>.
    /// </summary>
    public async Task<IcwsServerInfo> GetServerInfoAsync(CancellationToken ct = default)
    {
        var preferred = new AlternateHostPlan(_options.ServerUri, _knownHosts.Candidates(_options.ServerUri.Host)).First;
        var sender = new IcwsRequestSender(_http, preferred, _options.Language);
        try
        {
            using var request = sender.CreateRequest(HttpMethod.Get, sender.IcwsUri("connection/server-info"));
            var response = await sender.SendAsync(request, IcwsCallKind.Login, ct).ConfigureAwait(false);
            return response.ReadOrDefault(ConnectionJson.ReadServerInfo, IcwsServerInfo.Unknown);
        }
        catch (IcwsException ex) when (ex is not IcwsTimeoutException)
        {
            return IcwsServerInfo.Unknown;
        }
    }

    /// <summary>Features when the login response lacked them (server ignored <c>include</c>); none if that fails too.</summary>
    private static async Task<IReadOnlyDictionary<string, int>> GetFeaturesAsync(IcwsRequestSender sender, CancellationToken ct)
    {
        try
        {
            using var request = sender.CreateRequest(HttpMethod.Get, sender.IcwsUri("connection/features"));
            var response = await sender.SendAsync(request, IcwsCallKind.Login, ct).ConfigureAwait(false);
            return response.ReadOrDefault(root => ConnectionJson.ReadFeatures(root, "featureInfoList"), NoFeatures());
        }
        catch (IcwsException)
        {
            return NoFeatures();
        }
    }

    private static Dictionary<string, int> NoFeatures() => new(StringComparer.OrdinalIgnoreCase);
}
