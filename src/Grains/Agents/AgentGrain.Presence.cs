using Microsoft.Extensions.Logging;
using PureConnect.Grains.Agents.Presence;
using PureConnect.Icws;

namespace PureConnect.Grains.Agents;

// The Omni-Channel status sync (PresenceSyncRules): CIC status changes become presence requests for the agent's console;
// presences seen in the org set the CIC status on the agent's own session.
public sealed partial class AgentGrain
{
    /// <summary>The settings last read (for the view, which is built synchronously).</summary>
    private PresenceSyncSettings _presenceSettings = PresenceSyncSettings.Off;

    public async Task ObserveStatusAsync(AgentStatusObservation observation)
    {
        var events = AgentDecider.ObserveStatus(Current, observation);
        if (events.Count == 0)
        {
            return;
        }

        var settings = await PresenceSettingsAsync();
        var onPhone = events.OfType<AgentOnPhoneChanged>().LastOrDefault()?.OnPhone ?? Current.OnPhone;
        var sync = new List<AgentEvent>();
        if (events.OfType<AgentStatusChanged>().LastOrDefault() is { } changed && !string.Equals(changed.StatusId, Current.StatusId, StringComparison.OrdinalIgnoreCase))
        {
            sync.AddRange(PresenceSyncRules.OnCicStatus(Current.PresenceSync, settings, Current.StatusId, changed.StatusId, onPhone,
                Current.SessionId is not null, observation.ObservedAt, NewRequestId()));
        }

        if (onPhone != Current.OnPhone)
        {
            var folded = sync.Aggregate(Current.PresenceSync, PresenceSyncRules.Evolve);
            sync.AddRange(PresenceSyncRules.OnPhone(folded, settings, onPhone, observation.ObservedAt));
        }

        await RaiseAndConfirmAsync([.. events, .. sync]);
    }

    public async Task ObserveOmniPresenceAsync(OmniPresenceObservation seen)
    {
        var settings = await PresenceSettingsAsync();
        await ApplyOmniEventsAsync(PresenceSyncRules.OnOmniPresence(Current.PresenceSync, settings, seen, Current.StatusId, Current.OnPhone,
            time.GetUtcNow(), NewRequestId()));
    }

    public async Task<CommandResult> ConfirmOmniPresenceAsync(string requestId, OmniPresenceObservation applied)
    {
        var settings = await PresenceSettingsAsync();
        var (events, refused) = PresenceSyncRules.Confirm(Current.PresenceSync, settings, requestId, applied, Current.StatusId, Current.OnPhone,
            time.GetUtcNow(), NewRequestId());
        if (refused is not null)
        {
            logger.LogInformation("Agent {UserId}'s console confirmed presence request {RequestId}, refused: {ErrorCode}", UserId, requestId, refused.ErrorCode);
            return refused;
        }

        await ApplyOmniEventsAsync(events);
        return CommandResult.Ok();
    }

    /// <summary>The session started: the CIC status goes to Omni as mapped, or an Omni change made meanwhile goes to CIC.</summary>
    private async Task SyncPresenceAtLogInAsync()
    {
        var settings = await PresenceSettingsAsync();
        try
        {
            await ApplyOmniEventsAsync(PresenceSyncRules.OnLogIn(Current.PresenceSync, settings, Current.StatusId, Current.OnPhone, time.GetUtcNow(),
                NewRequestId()));
        }
        catch (Exception ex) when (ex is IcwsException or HttpRequestException)
        {
            // The log-in stands; the sync catches up with the next change.
            logger.LogWarning(ex, "Omni-Channel sync at the log-in of agent {UserId} failed", UserId);
        }
    }

    public async Task<PresenceSyncView> GetPresenceSyncAsync() => PresenceViewOf(await PresenceSettingsAsync());

    private PresenceSyncView PresenceViewOf(PresenceSyncSettings settings)
    {
        var sync = Current.PresenceSync;
        return new PresenceSyncView(settings.Enabled, sync.OmniStatusId, sync.Pending?.RequestId, sync.Pending?.OmniStatusId,
            sync.Pending?.HeldForCall ?? false, sync.Pending?.RequestedAt);
    }

    /// <summary>Records the decision, then carries out a CIC status it asked for on the agent's own session.</summary>
    private async Task ApplyOmniEventsAsync(IReadOnlyList<AgentEvent> events)
    {
        await RaiseAndConfirmAsync(events);
        if (events.OfType<CicStatusSyncRequested>().LastOrDefault() is not { } request)
        {
            return;
        }

        var result = await _session.RunAsync(async session =>
        {
            var requestId = await session.SetUserStatusAsync(UserId, new UserStatusUpdate(request.CicStatusId, null, null, null));
            var outcome = await session.WaitForStatusChangeAsync(UserId, request.CicStatusId, requestId);
            return outcome.Kind == StatusChangeOutcomeKind.Failed ? CommandResult.Fail("status.failed", outcome.Message ?? "CIC refused the status") : CommandResult.Ok();
        }, OnSessionExpiredAsync);
        if (!result.Succeeded)
        {
            logger.LogWarning("Omni-Channel sync could not set agent {UserId} to CIC status {StatusId}: {ErrorCode}", UserId, request.CicStatusId, result.ErrorCode);
            var reason = result.ErrorCode == "session.none" ? PresenceSyncRules.NoSession : result.Message ?? result.ErrorCode ?? "failed";
            await RaiseAndConfirmAsync([new CicStatusSyncFailed(request.CicStatusId, reason, time.GetUtcNow())]);
        }
    }

    private async Task<PresenceSyncSettings> PresenceSettingsAsync()
    {
        try
        {
            return _presenceSettings = await GrainFactory.GetGrain<IPresenceSyncSettingsGrain>(IPresenceSyncSettingsGrain.Key).GetAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The status itself must still be recorded; the sync catches up with the next change.
            logger.LogWarning(ex, "Could not read the Omni-Channel sync settings for agent {UserId}", UserId);
            return PresenceSyncSettings.Off;
        }
    }

    private static string NewRequestId() => Guid.NewGuid().ToString("N");
}
