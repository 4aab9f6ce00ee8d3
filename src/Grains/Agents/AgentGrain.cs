using Microsoft.Extensions.Logging;
using Orleans.EventSourcing;
using Orleans.Providers;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;
using PureConnect.Icws;
using PureConnect.Persistence.EventStore;

namespace PureConnect.Grains.Agents;

/// <summary>
/// One agent. Commands go through the agent's own ICWS session (held in memory; what re-attaches to it is kept
/// encrypted in <see cref="AgentSessionVault"/> so that a reactivation on another silo resumes it; the password is used
/// once to log in and never kept). What CIC does in response comes back through the ingest as observations, which are
/// the only source of the agent's status and queue.
/// </summary>
[GrainType("agent")]
[LogConsistencyProvider(ProviderName = GrainsHosting.EventStoreProvider)]
public sealed partial class AgentGrain(
    IEventStore store,
    EventSerializer serializer,
    IcwsConnector connector,
    AgentSessionVault vault,
    TimeProvider time,
    ILogger<AgentGrain> logger)
    : EventSourcedGrain<AgentModel, AgentEvent>(store, serializer, logger), IAgentGrain
{
    private static readonly TimeSpan HeartbeatPeriod = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan WrapUpSettingsLifetime = TimeSpan.FromMinutes(1);
    private readonly AgentSession _session = new(connector, logger);
    private readonly Dictionary<string, (WrapUpSettings Settings, DateTimeOffset ReadAt)> _wrapUpSettings = new(StringComparer.OrdinalIgnoreCase);
    private IGrainTimer? _heartbeat;

    public static string StreamIdOf(string userId) => $"agent-{userId}";

    private string UserId => this.GetPrimaryKeyString();
    protected override string StreamId => StreamIdOf(UserId);
    protected override AgentModel Initial => AgentModel.Initial;
    protected override string SnapshotType => "AgentModel.V6";
    protected override AgentModel Evolve(AgentModel state, AgentEvent @event) => AgentDecider.Evolve(state, @event);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (Current.SessionId is { } sessionId && !await ResumeSessionAsync(sessionId))
        {
            await RaiseAndConfirmAsync(AgentDecider.LogOut(Current, LogoutReason.ServerRestarted, time.GetUtcNow()));
        }
    }

    /// <summary>
    /// The CIC session stays open when the grain goes away (a silo shutting down or dying, a rolling upgrade): the next
    /// activation, on whichever silo, resumes it from the vault. Logging out is the agent's decision, not the silo's.
    /// </summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        StopHeartbeat();
        if (Current.SessionId is null)
        {
            await _session.CloseAsync();
        }

        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    public async Task<CommandResult> LogInAsync(LogIn command)
    {
        if (StationRules.Check(command.Station) is { } invalid)
        {
            return invalid;
        }

        var (result, session) = await _session.OpenAsync(new IcwsCredentials(UserId, command.Password), command.Station);
        if (session is null)
        {
            return result;
        }

        _pendingAgreement = null;
        _stationIds = null;
        _canUseRemoteStations = null;
        await RaiseAndConfirmAsync(AgentDecider.LogIn(Current, session.SessionId, command.Station, time.GetUtcNow(), session.UserDisplayName));
        await SaveTicketAsync(session);
        StartHeartbeat();
        await SyncPresenceAtLogInAsync();
        return result;
    }

    public async Task<CommandResult> LogOutAsync()
    {
        if (Dialer.DialerDecider.CheckCicLogOut(Current.Dialer) is { } loggedInToDialer)
        {
            return CommandResult.Fail(loggedInToDialer.Code, loggedInToDialer.Message);
        }

        StopDialerPolling();
        await _session.CloseAsync();
        await ForgetTicketAsync();
        StopHeartbeat();
        _pendingAgreement = null;
        await RaiseAndConfirmAsync(AgentDecider.LogOut(Current, LogoutReason.LoggedOut, time.GetUtcNow()));
        logger.LogInformation("Agent {UserId} logged out", UserId);
        return CommandResult.Ok();
    }

    public Task<CommandResult> ChangeStatusAsync(ChangeStatus command) =>
        Dialer.DialerDecider.CheckStatusChange(Current.Dialer, command.StatusId) is { } restricted
            ? Task.FromResult(CommandResult.Fail(restricted.Code, restricted.Message))
            : _session.RunAsync(async session =>
        {
            var allowed = await _session.AllowedStatusesAsync(UserId);
            var usable = (await _session.StatusMessagesAsync()).Where(s => allowed is null || allowed.Contains(s.StatusId)).ToList();
            var (accepted, rejected) = StatusChangeRules.Check(command, usable);
            if (accepted is null)
            {
                return rejected!;
            }

            var status = (await _session.StatusMessagesAsync()).First(s => s.StatusId == accepted.StatusId);
            var until = accepted.Until is { } u ? new StatusUntil(u, status.CanHaveDate, status.CanHaveTime) : null;
            var requestId = await session.SetUserStatusAsync(UserId, new UserStatusUpdate(accepted.StatusId, accepted.Notes, accepted.ForwardNumber, until));
            var outcome = await session.WaitForStatusChangeAsync(UserId, accepted.StatusId, requestId);
            if (outcome.Kind == StatusChangeOutcomeKind.Failed)
            {
                logger.LogInformation("CIC failed the status change of agent {UserId} to {StatusId}: {ErrorId} {Message}",
                    UserId, accepted.StatusId, outcome.ErrorId, outcome.Message);
                return CommandResult.Fail("status.failed", $"CIC did not change your status: {outcome.Message}");
            }

            return CommandResult.Ok();
        }, OnSessionExpiredAsync);

    public Task<CommandResult> ControlAsync(string interactionKey, CallControl control)
    {
        if (!Current.Queue.TryGetValue(interactionKey, out var interactionId))
        {
            logger.LogWarning("Agent {UserId} asked for {Control} on interaction {InteractionKey}, which is not on their queue",
                UserId, control, interactionKey);
            return Task.FromResult(CommandResult.Fail("interaction.notFound", "That interaction is not on your queue."));
        }

        return ControlOnCicAsync(interactionId, control);
    }

    private async Task<CommandResult> ControlOnCicAsync(string interactionId, CallControl control)
    {
        var result = await _session.RunAsync(async session =>
        {
            try
            {
                await (control switch
                {
                    CallControl.Pickup => session.PickupAsync(interactionId),
                    CallControl.Hold => session.HoldAsync(interactionId, true),
                    CallControl.Unhold => session.HoldAsync(interactionId, false),
                    CallControl.Mute => session.MuteAsync(interactionId, true),
                    CallControl.Unmute => session.MuteAsync(interactionId, false),
                    CallControl.Disconnect => session.DisconnectAsync(interactionId),
                    _ => throw new ArgumentOutOfRangeException(nameof(control), control, null),
                });
            }
            catch (IcwsRequestException ex) when (ex.ErrorId == EmailOpenResponsesErrorId)
            {
                // Spec ("Reply"): the replies and forwards of an email are sent or disconnected before the email itself.
                return CommandResult.Fail("email.openResponses", "Send or disconnect the replies and forwards of this email first.");
            }

            return CommandResult.Ok(interactionId);
        }, OnSessionExpiredAsync);
        return await ForgetIfGoneAsync(result, interactionId);
    }

    public Task<CommandResult> MakeCallAsync(MakeCall command)
    {
        if (!DialRules.IsDialable(command.Target))
        {
            return Task.FromResult(CommandResult.Fail("call.invalidNumber", $"'{command.Target}' is not a number that can be dialed."));
        }

        return _session.RunAsync(
            async session => CommandResult.Ok(await session.MakeCallAsync(command.Target.Trim(), command.Workgroup)),
            OnSessionExpiredAsync);
    }

    public async Task ObserveStatusCatalogAsync(StatusCatalogChange change)
    {
        if (_session.Current is not { } session)
        {
            return;
        }

        _session.ApplyStatusCatalog(change);
        try
        {
            var statuses = await _session.StatusMessagesAsync();
            var options = StatusCatalog.For(statuses, await _session.AllowedStatusesAsync(UserId), Current.Favorites, null, session.ServerUri);
            await this.PublishAsync(UserId, new AgentUpdate(View(), null, options), logger);
        }
        catch (IcwsException ex)
        {
            logger.LogWarning(ex, "Could not read the statuses for agent {UserId} after the status catalogue changed", UserId);
        }
    }

    public async Task ObserveQueueAsync(IReadOnlyList<QueueEntry> added, IReadOnlyList<string> removedKeys, DateTimeOffset observedAt)
    {
        await RaiseAndConfirmAsync(AgentDecider.ObserveQueue(Current, added, removedKeys, observedAt));
        await AssociateDialedAsync(added);
        await LinkDialerCallAsync();
    }

    public async Task<IReadOnlyList<QueueEntry>> ReconcileQueueAsync(IReadOnlyList<QueueEntry> present, DateTimeOffset observedAt)
    {
        var events = AgentDecider.Reconcile(Current, present, observedAt);
        var removed = events.OfType<InteractionDequeued>().Select(e => new QueueEntry(e.Key, Current.Queue[e.Key])).ToList();
        await RaiseAndConfirmAsync(events);
        await AssociateDialedAsync(present);
        await LinkDialerCallAsync();
        return removed;
    }

    public Task<AgentView> GetViewAsync() => Task.FromResult(View());

    public async Task<WrapUpSettings?> GetWrapUpSettingsAsync(string workgroup)
    {
        if (_session.Current is not { } session)
        {
            return null;
        }

        // A workgroup's wrap-up configuration changes seldom; every call the agent ends asks for it.
        var now = time.GetUtcNow();
        if (_wrapUpSettings.TryGetValue(workgroup, out var known) && now - known.ReadAt < WrapUpSettingsLifetime)
        {
            return known.Settings;
        }

        try
        {
            var settings = await session.GetWorkgroupWrapUpAsync(workgroup);
            var read = new WrapUpSettings([.. settings.Codes.Select(c => new WrapUpCodeOption(c.Id, c.Label))], settings.TimeLimit,
                settings.AmbiguousCode?.Id ?? "");
            _wrapUpSettings[workgroup] = (read, now);
            return read;
        }
        catch (Exception ex) when (ex is IcwsException or HttpRequestException)
        {
            logger.LogWarning(ex, "Could not read the wrap-up codes of workgroup {Workgroup} for agent {UserId}", workgroup, UserId);
            return null;
        }
    }

    public Task<CommandResult> SubmitWrapUpAsync(string interactionId, string code, DateTimeOffset at) =>
        _session.RunAsync(async session =>
        {
            await session.AssignWrapUpAsync(interactionId, new WrapUpAssignment(code, 1, at, UserId, interactionId));
            return CommandResult.Ok(interactionId);
        }, OnSessionExpiredAsync);

    public Task NoteWrapUpAsync(string key, string interactionId, bool open) =>
        RaiseAndConfirmAsync(AgentDecider.NoteWrapUp(Current, key, interactionId, open, time.GetUtcNow()));

    protected override Task OnEventsConfirmedAsync(IReadOnlyList<AgentEvent> events) =>
        this.PublishAsync(UserId, new AgentUpdate(View(), null), logger);

    private AgentView View()
    {
        var s = Current;
        var queue = s.Queue.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new QueueEntry(p.Key, p.Value)).ToList();
        var status = s.StatusId is { } id
            ? _session.KnownStatuses?.FirstOrDefault(m => string.Equals(m.StatusId, id, StringComparison.OrdinalIgnoreCase))
            : null;
        var statusText = status?.MessageText ?? s.StatusId;
        return new AgentView(UserId, s.SessionId is not null && _session.IsOpen, s.Station, s.StatusId, s.Notes,
            s.ForwardNumber, s.Until, s.StatusSince, s.OnPhone, s.CicLoggedIn, queue, s.DisplayName ?? _displayName, statusText,
            [.. s.Favorites], s.RememberedStation, Version,
            [.. s.WrapUps.Where(p => !s.Queue.ContainsKey(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new QueueEntry(p.Key, p.Value))],
            _rights, s.AdvancedDialOpen, PresenceViewOf(_presenceSettings), Dialer.DialerDecider.View(s.Dialer, s.StatusId), s.LogoutReason,
            status?.GroupTag, StatusCatalog.IconOf(status?.IconUri, _session.Current?.ServerUri));
    }

    private async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        if (!await _session.HeartbeatAsync(cancellationToken))
        {
            await OnSessionExpiredAsync();
        }
    }

    private async Task OnSessionExpiredAsync()
    {
        StopHeartbeat();
        StopDialerPolling();
        await ForgetTicketAsync();
        _pendingAgreement = null;
        logger.LogInformation("CIC session of agent {UserId} ended", UserId);
        await RaiseAndConfirmAsync(AgentDecider.LogOut(Current, LogoutReason.SessionEnded, time.GetUtcNow()));
        await SyncPreviewTimerAsync();
    }

    private void StartHeartbeat() =>
        _heartbeat ??= this.RegisterGrainTimer(HeartbeatAsync, new GrainTimerCreationOptions(HeartbeatPeriod, HeartbeatPeriod) { KeepAlive = true });

    private void StopHeartbeat()
    {
        _heartbeat?.Dispose();
        _heartbeat = null;
    }
}
