using Microsoft.Extensions.Logging;
using PureConnect.Icws;

namespace PureConnect.Grains.Agents;

/// <summary>
/// The login, one step at a time (<see cref="LoginFlow"/>). The steps between opening the session and connecting a station
/// (agreement, password) live in memory with the ICWS session; what must survive (remembered station, the facts that the
/// agreement was accepted and the password changed) is recorded as events. No password is ever kept.
/// </summary>
public sealed partial class AgentGrain
{
    private string? _pendingAgreement;
    private string? _displayName;
    private IReadOnlyList<string>? _stationIds;
    private bool? _canUseRemoteStations;

    /// <summary>
    /// Opens a new CIC session. A refused login changes nothing for the session the agent already has (nobody can log an
    /// agent out by trying a wrong password); an accepted one takes over: the previous session is closed and the login
    /// starts again from its first step (docs/agent-api.md, "Logging in from elsewhere").
    /// </summary>
    public async Task<LoginProgress> BeginLogInAsync(BeginLogIn command)
    {
        var info = await _session.ServerInfoAsync();
        var (result, session) = await _session.ConnectAsync(new IcwsCredentials(UserId, command.Password));
        if (session is null)
        {
            logger.LogInformation("Login of agent {UserId} refused: {ErrorCode}", UserId, result.ErrorCode);
            // The caller is not signed in as this agent: the answer says nothing about the agent's own session.
            return LoginProgress.At(LoginStep.LoggedOut).Failed(result);
        }

        StopHeartbeat();
        _pendingAgreement = null;
        _stationIds = null;
        _canUseRemoteStations = null;
        await ForgetTicketAsync();
        await RaiseAndConfirmAsync(AgentDecider.LogOut(Current, LogoutReason.LoggedInElsewhere, time.GetUtcNow()));
        _displayName = session.UserDisplayName;
        _pendingAgreement = info.UserAgreementRequired ? info.UserAgreementText : null;
        StartHeartbeat();
        logger.LogInformation("Agent {UserId} opened CIC session {SessionId} (agreement pending: {AgreementPending}, password expired: {PasswordExpired})",
            UserId, session.SessionId, _pendingAgreement is not null, session.PasswordExpired);
        return await AdvanceAsync();
    }

    public async Task<LoginProgress> AcceptAgreementAsync()
    {
        if (LoginFlow.Expect(CurrentStep(), LoginStep.Agreement) is { } wrong)
        {
            return (await ProgressAsync()).Failed(wrong);
        }

        _pendingAgreement = null;
        await RaiseAndConfirmAsync([new AgentUserAgreementAccepted(time.GetUtcNow())]);
        return await AdvanceAsync();
    }

    public async Task<LoginProgress> DeclineAgreementAsync()
    {
        if (LoginFlow.Expect(CurrentStep(), LoginStep.Agreement) is { } wrong)
        {
            return (await ProgressAsync()).Failed(wrong);
        }

        logger.LogInformation("Agent {UserId} declined the user agreement; login abandoned", UserId);
        await LogOutAsync();
        return LoginProgress.At(LoginStep.LoggedOut);
    }

    public async Task<LoginProgress> ChangePasswordAsync(ChangePassword command)
    {
        var step = CurrentStep();
        var refused = LoginFlow.Expect(step, LoginStep.ChangePassword, LoginStep.Station, LoginStep.Ready) ?? PasswordChangeRules.Check(command);
        if (refused is not null || _session.Current is not { } session)
        {
            return (await ProgressAsync()).Failed(refused ?? CommandResult.Fail("session.none", "You are not logged in to CIC; log in first."));
        }

        try
        {
            await session.ChangePasswordAsync(command.OldPassword, command.NewPassword);
        }
        catch (IcwsPasswordRejectedException ex)
        {
            var reasons = ex.Reasons.Count > 0 ? string.Join(" ", ex.Reasons.Select(r => r.Message)) : ex.Message;
            logger.LogInformation("CIC refused the new password of agent {UserId} ({Reasons})", UserId, string.Join(",", ex.Reasons.Select(r => r.Id)));
            return (await ProgressAsync()).Failed(CommandResult.Fail("password.rejected", reasons));
        }
        catch (IcwsSessionExpiredException)
        {
            await OnSessionExpiredAsync();
            return LoginProgress.At(LoginStep.LoggedOut).Failed(CommandResult.Fail("session.expired", "Your CIC session ended; log in again."));
        }
        catch (IcwsException ex)
        {
            logger.LogWarning(ex, "Password change of agent {UserId} failed", UserId);
            return (await ProgressAsync()).Failed(CommandResult.Fail("cic.error", $"CIC did not change the password: {ex.Message}"));
        }

        await RaiseAndConfirmAsync([new AgentPasswordChanged(time.GetUtcNow())]);
        logger.LogInformation("Agent {UserId} changed their password", UserId);
        return step == LoginStep.ChangePassword ? await AdvanceAsync() : await ProgressAsync();
    }

    public async Task<LoginProgress> SelectStationAsync(SelectStation command)
    {
        var refused = LoginFlow.Expect(CurrentStep(), LoginStep.Station, LoginStep.Ready)
            ?? StationRules.Check(command.Station)
            ?? await ConnectStationAsync(command.Station);
        if (refused is not null)
        {
            logger.LogInformation("Station {StationKind} {StationId} refused for agent {UserId}: {ErrorCode}",
                command.Station.Kind, command.Station.StationId, UserId, refused.ErrorCode);
            return (await ProgressAsync()).Failed(refused);
        }

        await RaiseAndConfirmAsync(AgentDecider.Remember(Current, command.Station, command.Remember, time.GetUtcNow()));
        return await ProgressAsync();
    }

    public Task<LoginProgress> GetLoginProgressAsync() => ProgressAsync();

    public async Task<IReadOnlyList<StatusOption>> GetStatusesAsync(string? search)
    {
        if (_session.Current is not { } session)
        {
            return [];
        }

        try
        {
            var statuses = await _session.StatusMessagesAsync();
            return Dialer.DialerDecider.VisibleStatuses(Current.Dialer,
                StatusCatalog.For(statuses, await _session.AllowedStatusesAsync(UserId), Current.Favorites, search, session.ServerUri));
        }
        catch (IcwsException ex)
        {
            logger.LogWarning(ex, "Could not read the statuses for agent {UserId}", UserId);
            return [];
        }
    }

    public async Task<CommandResult> SetFavoritesAsync(IReadOnlyList<string> statusIds)
    {
        if (StatusCatalog.NormalizeFavorites(statusIds) is not { } favorites)
        {
            return CommandResult.Fail("favorites.tooMany", $"Choose at most {StatusCatalog.MaxFavorites} favorite statuses.");
        }

        var known = _session.KnownStatuses;
        if (known is not null && favorites.FirstOrDefault(id => !known.Any(s => string.Equals(s.StatusId, id, StringComparison.OrdinalIgnoreCase))) is { } unknown)
        {
            return CommandResult.Fail("favorites.unknownStatus", $"There is no status '{unknown}'.");
        }

        await RaiseAndConfirmAsync(AgentDecider.SetFavorites(Current, favorites, time.GetUtcNow()));
        return CommandResult.Ok();
    }

    private LoginStep CurrentStep() => LoginFlow.Next(
        _session.IsOpen,
        _pendingAgreement is not null,
        _session.Current?.PasswordExpired == true,
        Current.SessionId is not null && Current.SessionId == _session.Current?.SessionId);

    /// <summary>After a step is done: connects the remembered (or already used) station without asking, when there is one.</summary>
    private async Task<LoginProgress> AdvanceAsync()
    {
        if (CurrentStep() == LoginStep.Station
            && LoginFlow.AutomaticStation(Current.RememberedStation, Current.CicLoggedIn, Current.Stations) is { } automatic
            && await ConnectStationAsync(automatic) is { } refused)
        {
            logger.LogInformation("Automatic station {StationId} for agent {UserId} refused: {ErrorCode}",
                automatic.StationId ?? automatic.RemoteNumber, UserId, refused.ErrorCode);
        }

        return await ProgressAsync();
    }

    /// <summary>Null when the station is connected (and recorded); the refusal otherwise.</summary>
    private async Task<CommandResult?> ConnectStationAsync(StationSelection station)
    {
        if (await _session.SetStationAsync(station) is { } refused)
        {
            if (refused.ErrorCode == "session.expired")
            {
                await OnSessionExpiredAsync();
            }

            return refused;
        }

        try
        {
            await _session.StatusMessagesAsync(); // status texts for the views
        }
        catch (IcwsException ex)
        {
            logger.LogInformation(ex, "Could not read the status texts for agent {UserId}", UserId);
        }

        _rights = await ReadRecordingRightsAsync(); // the Record and Snip buttons show only with the rights
        await RaiseAndConfirmAsync(AgentDecider.LogIn(Current, _session.Current!.SessionId, station, time.GetUtcNow(), _displayName));
        await SaveTicketAsync(_session.Current);
        await SyncPresenceAtLogInAsync();
        logger.LogInformation("Agent {UserId} connected station {StationKind} {StationId}", UserId, station.Kind, station.StationId ?? station.RemoteNumber);
        return null;
    }

    private async Task<LoginProgress> ProgressAsync()
    {
        var step = CurrentStep();
        var progress = new LoginProgress(step, null, Current.DisplayName ?? _displayName, step == LoginStep.Agreement ? _pendingAgreement : null,
            [], false, Current.RememberedStation, step == LoginStep.Ready ? Current.Station : null);
        if (step is not (LoginStep.Station or LoginStep.Ready) || _session.Current is not { } session)
        {
            return progress;
        }

        _stationIds ??= await session.GetStationIdsAsync();
        _canUseRemoteStations ??= await session.CanUseRemoteStationsAsync() ?? true;
        return progress with
        {
            Stations = _stationIds,
            CanUseRemoteStations = _canUseRemoteStations.Value,
            DefaultWorkstationId = session.DefaultWorkstationId,
        };
    }
}
