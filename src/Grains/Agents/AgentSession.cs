using Microsoft.Extensions.Logging;
using PureConnect.Icws;

namespace PureConnect.Grains.Agents;

/// <summary>
/// The agent's own ICWS session inside <see cref="AgentGrain"/>: opening it, connecting a station, running commands on
/// it, and turning ICWS failures into clear <see cref="CommandResult"/>s. Lives in memory only.
/// </summary>
internal sealed class AgentSession(IcwsConnector connector, ILogger logger)
{
    private IcwsSession? _session;
    private IReadOnlyList<StatusMessage>? _statuses;
    private IReadOnlySet<string>? _allowed;

    public bool IsOpen => _session is not null;

    public IcwsSession? Current => _session;

    /// <summary>Status texts known to this session (none before the first status request).</summary>
    public IReadOnlyList<StatusMessage>? KnownStatuses => _statuses;

    public Task<IcwsServerInfo> ServerInfoAsync() => connector.GetServerInfoAsync();

    /// <summary>
    /// Opens a new session; the result says why when there is none. A refused login changes nothing: the session held so
    /// far stays open and in use. Only once CIC accepted the new session is the previous one closed (a log-in of the same
    /// user from elsewhere takes over).
    /// </summary>
    public async Task<(CommandResult Result, IcwsSession? Session)> ConnectAsync(IcwsCredentials credentials)
    {
        try
        {
            var opened = await connector.ConnectAsync(credentials);
            var previous = _session;
            _session = opened;
            _statuses = null;
            _allowed = null;
            await CloseAsync(previous);
            return (CommandResult.Ok(), _session);
        }
        catch (IcwsAuthenticationException)
        {
            return (CommandResult.Fail("login.failed", "The user id or password is not correct."), null);
        }
        catch (IcwsPasswordExpiredException)
        {
            return (CommandResult.Fail("login.passwordExpired", "Your CIC password has expired and this server does not let it be changed here; change it in a CIC client."), null);
        }
        catch (IcwsSwitchoverException)
        {
            return (CommandResult.Fail("login.switchover", "The CIC server is switching over; try again in a moment."), null);
        }
        catch (IcwsException ex)
        {
            logger.LogWarning(ex, "CIC login failed for {UserId}", credentials.UserId);
            return (CommandResult.Fail("login.cicError", $"The CIC server did not accept the login: {ex.Message}"), null);
        }
    }

    /// <summary>Re-attaches to a session CIC still has (after a reactivation); null when it has ended or cannot be reached.</summary>
    public async Task<IcwsSession?> ResumeAsync(IcwsSessionTicket ticket)
    {
        try
        {
            _session = await connector.ResumeAsync(ticket);
            _statuses = null;
            _allowed = null;
            return _session;
        }
        catch (IcwsSessionExpiredException)
        {
            logger.LogInformation("CIC session {SessionId} of {UserId} ended while no grain held it", ticket.SessionId, ticket.UserId);
            return null;
        }
        catch (Exception ex) when (ex is IcwsException or HttpRequestException)
        {
            logger.LogWarning(ex, "Could not resume CIC session {SessionId} of {UserId}", ticket.SessionId, ticket.UserId);
            return null;
        }
    }

    /// <summary>Connects the open session to a station; null on success, the refusal otherwise.</summary>
    public async Task<CommandResult?> SetStationAsync(StationSelection station)
    {
        if (_session is not { } session)
        {
            return CommandResult.Fail("session.none", "You are not logged in to CIC; log in first.");
        }

        try
        {
            await session.SetStationAsync(ToSettings(station));
            return null;
        }
        catch (IcwsSessionExpiredException)
        {
            _session = null;
            return CommandResult.Fail("session.expired", "Your CIC session ended; log in again.");
        }
        catch (IcwsPasswordExpiredException)
        {
            return CommandResult.Fail("password.expired", "Your password has expired; change it first.");
        }
        catch (IcwsException ex)
        {
            return StationFailure(ex);
        }
    }

    /// <summary>Logs in and connects a station in one go (the single-call login).</summary>
    public async Task<(CommandResult Result, IcwsSession? Session)> OpenAsync(IcwsCredentials credentials, StationSelection station)
    {
        var (result, session) = await ConnectAsync(credentials);
        if (session is null)
        {
            return (result, null);
        }

        if (await SetStationAsync(station) is { } refused)
        {
            await CloseAsync();
            return (refused, null);
        }

        return (CommandResult.Ok(), session);
    }

    public async Task<CommandResult> RunAsync(Func<IcwsSession, Task<CommandResult>> command, Func<Task> onExpired)
    {
        if (_session is not { } session)
        {
            return CommandResult.Fail("session.none", "You are not logged in to CIC; log in first.");
        }

        try
        {
            return await command(session);
        }
        catch (IcwsSessionExpiredException)
        {
            _session = null;
            await onExpired();
            return CommandResult.Fail("session.expired", "Your CIC session ended; log in again.");
        }
        catch (IcwsPasswordExpiredException)
        {
            return CommandResult.Fail("password.expired", "Your password has expired; change it first.");
        }
        catch (IcwsRequestException ex) when (ex.StatusCode == 404)
        {
            return CommandResult.Fail("interaction.notFound", "CIC no longer has that interaction.");
        }
        catch (IcwsRequestException ex) when (ex.StatusCode == 403)
        {
            return CommandResult.Fail("cic.forbidden", $"CIC refused: {ex.ServerMessage ?? ex.Message}");
        }
        catch (IcwsTimeoutException)
        {
            return CommandResult.Fail("cic.timeout", "CIC did not answer in time; try again.");
        }
        catch (IcwsException ex)
        {
            logger.LogWarning(ex, "CIC command failed for session {SessionId}", session.SessionId);
            return CommandResult.Fail("cic.error", $"CIC refused: {ex.Message}");
        }
    }

    /// <summary>
    /// Applies a change of CIC's status catalogue to the statuses this session knows (none to change before they are first
    /// read); the per-user access is read again, since an added status may be one the user may use. False when nothing was known.
    /// </summary>
    public bool ApplyStatusCatalog(StatusCatalogChange change)
    {
        _allowed = null;
        if (_statuses is not { } known)
        {
            return false;
        }

        _statuses = StatusCatalog.Apply(known, change);
        return true;
    }

    public async Task<IReadOnlyList<StatusMessage>> StatusMessagesAsync() =>
        _statuses ??= _session is { } s ? await s.GetStatusMessagesAsync() : [];

    /// <summary>The status ids the user may use; null when CIC does not say (every selectable status is then offered).</summary>
    public async Task<IReadOnlySet<string>?> AllowedStatusesAsync(string userId)
    {
        if (_allowed is not null || _session is not { } session)
        {
            return _allowed;
        }

        try
        {
            _allowed = (await session.GetStatusMessagesUserAccessAsync(userId)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }
        catch (IcwsException ex) when (ex is IcwsRequestException or IcwsProtocolException)
        {
            logger.LogInformation(ex, "CIC did not list the statuses {UserId} may use; offering every selectable status", userId);
        }

        return _allowed;
    }

    /// <summary>Keeps the session alive; false when CIC says it is gone.</summary>
    public async Task<bool> HeartbeatAsync(CancellationToken cancellationToken)
    {
        if (_session is not { } session)
        {
            return true;
        }

        try
        {
            await session.HeartbeatAsync(cancellationToken);
            return true;
        }
        catch (IcwsSessionExpiredException)
        {
            _session = null;
            return false;
        }
        catch (IcwsException ex)
        {
            logger.LogWarning(ex, "Heartbeat of session {SessionId} failed; will retry", session.SessionId);
            return true;
        }
    }

    public async Task CloseAsync()
    {
        var session = _session;
        _session = null;
        await CloseAsync(session);
    }

    private async Task CloseAsync(IcwsSession? session)
    {
        if (session is null)
        {
            return;
        }

        try
        {
            await session.LogoutAsync();
        }
        catch (Exception ex) when (ex is IcwsException or HttpRequestException)
        {
            logger.LogInformation(ex, "Logout of session {SessionId} failed; the server will expire it", session.SessionId);
        }
    }

    /// <summary>The softphone handles calls: <c>supportedMediaTypes</c> [1] (reference §3).</summary>
    private static readonly IReadOnlyList<int> CallsOnly = [1];

    private static StationSettings ToSettings(StationSelection station) => HandlingCalls(station.Kind switch
    {
        StationKind.Workstation => new WorkstationSettings(station.StationId!.Trim()),
        StationKind.RemoteWorkstation => new RemoteWorkstationSettings(station.StationId!.Trim(), station.RemoteNumber),
        StationKind.RemoteNumber => new RemoteNumberSettings(station.RemoteNumber!.Trim(), station.Persistent),
        _ => throw new ArgumentOutOfRangeException(nameof(station), station.Kind, null),
    });

    private static StationSettings HandlingCalls(StationSettings settings) => settings with { SupportedMediaTypes = CallsOnly };

    private static CommandResult StationFailure(IcwsException ex)
    {
        var id = ex.ErrorId ?? "";
        if (id.Contains("inuse", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("in use", StringComparison.OrdinalIgnoreCase))
        {
            return CommandResult.Fail("station.inUse", "That station is in use by another user.");
        }

        if (ex.StatusCode == 403)
        {
            return CommandResult.Fail("station.forbidden", "You do not have the right to use that kind of station.");
        }

        return id.Contains("notfound", StringComparison.OrdinalIgnoreCase) || id == "-2147221496"
            ? CommandResult.Fail("station.notFound", "There is no such station.")
            : CommandResult.Fail("station.failed", $"CIC did not accept the station: {ex.Message}");
    }
}
