using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PureConnect.Icws.Http;
using PureConnect.Icws.Messages;
using PureConnect.Icws.Messaging;

namespace PureConnect.Icws;

/// <summary>
/// A logged-in ICWS session. Every request carries the session id, CSRF token and cookie; 401/410 raise
/// <see cref="IcwsSessionExpiredException"/>. Thread-safe; dispose to log out.
/// </summary>
public sealed partial class IcwsSession : IAsyncDisposable
{
    /// <summary>How long an open event stream may stay silent before it is reopened.</summary>
    internal static readonly TimeSpan EventStreamIdleTimeout = TimeSpan.FromMinutes(2);

    private readonly IcwsRequestSender _sender;
    private readonly HttpClient _messagingHttp;
    private readonly IcwsClientOptions _options;
    private readonly TimeProvider _time;
    private readonly IcwsSessionLog _log;
    private readonly CancellationTokenSource _closed = new();
    private readonly CancellationToken _closedToken;
    private int _loggedOut;
    private int _passwordExpired;

    internal IcwsSession(
        IcwsRequestSender sender, HttpClient messagingHttp, IcwsClientOptions options, IcwsSessionInfo info, ILogger logger, TimeProvider time)
    {
        var tokens = sender.Session ?? throw new ArgumentException("The sender must carry the session tokens.", nameof(sender));
        _sender = sender;
        _messagingHttp = messagingHttp;
        _options = options;
        _time = time;
        _closedToken = _closed.Token;
        SessionId = tokens.SessionId;
        CsrfToken = tokens.CsrfToken;
        UserId = info.UserId;
        UserDisplayName = info.UserDisplayName;
        AlternateHosts = info.AlternateHosts;
        Features = info.Features;
        DaysUntilPasswordExpiration = info.DaysUntilPasswordExpiration;
        IcServer = info.IcServer;
        DefaultWorkstationId = info.DefaultWorkstationId;
        EffectiveStationId = info.EffectiveStationId;
        _passwordExpired = info.DaysUntilPasswordExpiration is <= 0 ? 1 : 0;
        _log = new IcwsSessionLog(logger, SessionId, UserId);
    }

    /// <summary>Session id (the <c>{sessionId}</c> path segment).</summary>
    public string SessionId { get; }

    /// <summary>CSRF token sent as <c>ININ-ICWS-CSRF-Token</c>.</summary>
    public string CsrfToken { get; }

    /// <summary>Canonical CIC user id.</summary>
    public string UserId { get; }

    /// <summary>User display name, when the server sent it.</summary>
    public string? UserDisplayName { get; }

    /// <summary>Root of the server that accepted the session.</summary>
    public Uri ServerUri => _sender.ServerUri;

    /// <summary>Other hosts of this deployment (host names only), for reconnecting after a switchover.</summary>
    public IReadOnlyList<string> AlternateHosts { get; }

    /// <summary>Feature id → version (ids case-insensitive); a missing feature is unsupported.</summary>
    public IReadOnlyDictionary<string, int> Features { get; }

    /// <summary>Days until the password expires, as the login response said (<c>daysUntilPasswordExpiration</c>); null when not said.</summary>
    public int? DaysUntilPasswordExpiration { get; }

    /// <summary>The CIC server's name (<c>icServer</c> of the login); null when not said or after a resume.</summary>
    public string? IcServer { get; }

    /// <summary>
    /// The user's default workstation (<c>defaultWorkstationId</c>, <c>include=default-workstation</c>); null when the user
    /// has none, the server did not say, or the session was resumed.
    /// </summary>
    public string? DefaultWorkstationId { get; }

    /// <summary>
    /// The station the user is effectively on at login (<c>effectiveStation.stationId</c>, <c>include=effective-station</c>);
    /// null when none, not said, or the session was resumed.
    /// </summary>
    public string? EffectiveStationId { get; }

    /// <summary>
    /// Whether the password has expired and must be changed (<see cref="ChangePasswordAsync"/>) before the session may be used:
    /// the login said 0 days or fewer are left, or a request failed with <see cref="IcwsPasswordExpiredException"/>.
    /// </summary>
    public bool PasswordExpired => Volatile.Read(ref _passwordExpired) == 1;

    /// <summary>What re-attaches to this session from another process (<see cref="IcwsConnector.ResumeAsync"/>).</summary>
    public IcwsSessionTicket Ticket =>
        new(ServerUri, SessionId, CsrfToken, _sender.Session!.Cookie, UserId, UserDisplayName, AlternateHosts, Features);

    /// <summary>Whether messages come by server-sent events (messaging feature ≥ 2 and preferred) rather than short polling.</summary>
    internal bool UsesServerSentEvents =>
        _options.PreferServerSentEvents && Features.TryGetValue("messaging", out var version) && version >= 2;

    /// <summary>
    /// The session's endless stream of messages: server-sent events or short polling (see <see cref="IcwsClientOptions"/>).
    /// Malformed and unknown messages are yielded, never thrown. Ends with <see cref="IcwsSessionExpiredException"/>
    /// on 401/410 or after a "connection down" message, and quietly when the session is logged out.
    /// Read it from one consumer only: messages are removed from the server as they are delivered.
    /// </summary>
    public IAsyncEnumerable<IcwsMessage> ReadMessagesAsync(CancellationToken ct = default)
    {
        var poller = new MessagePoller(_sender, _options, _time, _log);
        var eventStream = UsesServerSentEvents ? new EventStreamSource(_sender, _messagingHttp, _time, EventStreamIdleTimeout) : null;
        return new IcwsMessageStream(eventStream, poller, _options, _time, _log).ReadAsync(_closedToken, ct);
    }

    /// <summary>Keeps the session alive (<c>POST messaging/heartbeat</c>).</summary>
    public Task HeartbeatAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Post, "messaging/heartbeat", ct: ct);

    /// <summary>Logs out (<c>DELETE connection</c>), which also removes the station connection. Idempotent.</summary>
    public async Task LogoutAsync(CancellationToken ct = default)
    {
        if (Interlocked.Exchange(ref _loggedOut, 1) == 1)
            return;

        await _closed.CancelAsync().ConfigureAwait(false);
        try
        {
            await SendAsync(HttpMethod.Delete, "connection", ct: ct).ConfigureAwait(false);
        }
        catch (IcwsSessionExpiredException)
        {
            // Already gone on the server: that is what logging out wants.
        }

        _log.LoggedOut();
    }

    /// <summary>Logs out, best effort (failures are logged, not thrown).</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
            await LogoutAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Best effort by contract: the server ends an abandoned session on its own.
            _log.LogoutFailed(ex);
        }
        finally
        {
            _closed.Dispose();
        }
    }

    private async Task<IcwsResponse> SendAsync(HttpMethod method, string pathUnderSession, JsonNode? body = null, CancellationToken ct = default)
    {
        try
        {
            return await _sender.SendAsync(method, pathUnderSession, body, ct).ConfigureAwait(false);
        }
        catch (IcwsPasswordExpiredException)
        {
            Interlocked.Exchange(ref _passwordExpired, 1);
            throw;
        }
    }

    private static string Segment(string value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, name);
        return Uri.EscapeDataString(value);
    }
}
