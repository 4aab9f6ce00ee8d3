using Microsoft.Extensions.Logging;
using PureConnect.Icws;

namespace PureConnect.Grains.Agents;

/// <summary>
/// The agent's own ICWS session inside <see cref="AgentGrain"/>: opening it with a station, running
/// commands on it, and turning ICWS failures into clear <see cref="CommandResult"/>s.
/// </summary>
internal sealed class AgentSession(IcwsConnector connector, ILogger logger)
{
    private IcwsSession? _session;
    private IReadOnlyList<StatusMessage>? _statuses;

    public bool IsOpen => _session is not null;

    public async Task<(CommandResult Result, IcwsSession? Session)> OpenAsync(IcwsCredentials credentials, StationSelection station)
    {
        await CloseAsync();
        IcwsSession session;
        try
        {
            session = await connector.ConnectAsync(credentials);
        }
        catch (IcwsAuthenticationException)
        {
            return (CommandResult.Fail("login.failed", "The user id or password is not correct."), null);
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

        try
        {
            await session.SetStationAsync(ToSettings(station));
        }
        catch (IcwsException ex)
        {
            await session.DisposeAsync();
            return (StationFailure(ex), null);
        }

        _session = session;
        _statuses = null;
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
        catch (IcwsRequestException ex) when (ex.StatusCode == 404)
        {
            return CommandResult.Fail("interaction.notFound", "CIC no longer has that interaction.");
        }
        catch (IcwsRequestException ex) when (ex.StatusCode == 403)
        {
            return CommandResult.Fail("cic.forbidden", $"CIC refused: {ex.Message}");
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

    public async Task<IReadOnlyList<StatusMessage>> StatusMessagesAsync() =>
        _statuses ??= _session is { } s ? await s.GetStatusMessagesAsync() : [];

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
        if (_session is not { } session)
        {
            return;
        }

        _session = null;
        try
        {
            await session.LogoutAsync();
        }
        catch (Exception ex) when (ex is IcwsException or HttpRequestException)
        {
            logger.LogInformation(ex, "Logout of session {SessionId} failed; the server will expire it", session.SessionId);
        }
    }

    private static StationSettings ToSettings(StationSelection station) => station.Kind switch
    {
        StationKind.Workstation => new WorkstationSettings(station.StationId!),
        StationKind.RemoteWorkstation => new RemoteWorkstationSettings(station.StationId!, station.RemoteNumber),
        StationKind.RemoteNumber => new RemoteNumberSettings(station.RemoteNumber!.Trim(), station.Persistent),
        _ => throw new ArgumentOutOfRangeException(nameof(station), station.Kind, null),
    };

    private static CommandResult StationFailure(IcwsException ex) =>
        ex.ErrorId?.Contains("inuse", StringComparison.OrdinalIgnoreCase) == true
        || ex.Message.Contains("in use", StringComparison.OrdinalIgnoreCase)
            ? CommandResult.Fail("station.inUse", "That station is in use by another user.")
            : ex.StatusCode == 403
                ? CommandResult.Fail("station.forbidden", "You do not have the right to use that kind of station.")
                : CommandResult.Fail("station.failed", $"CIC did not accept the station: {ex.Message}");
}
