using Microsoft.Extensions.Logging;
using PureConnect.Grains.Dialer;
using PureConnect.Grains.Interactions;
using PureConnect.Icws;
using PureConnect.Icws.Messages;
using IcwsDialer = PureConnect.Icws.Dialer;

namespace PureConnect.Grains.Agents;

/// <summary>
/// Interaction Dialer on the agent's own ICWS session. Dialer messages go only to the session of the agent logged in to
/// Dialer (no monitoring session sees them), so while the agent is logged in to Dialer this grain reads its session's
/// messages (a grain timer, and right after each Dialer request) and turns them into events (<see cref="DialerObservations"/>).
/// A preview's countdown is a reminder, so the call is placed at expiry even after a reload or a silo restart.
/// </summary>
public sealed partial class AgentGrain : IRemindable
{
    private const string PreviewReminder = "dialer-preview";
    private static readonly TimeSpan DialerPollPeriod = TimeSpan.FromSeconds(1);
    private IGrainTimer? _dialerPolling;
    private IGrainTimer? _previewTimer;
    private string? _previewScheduledFor;

    /// <summary>Null: log in to Dialer; "*": every available campaign; else that campaign. Then ready for calls.</summary>
    public async Task<CommandResult> DialerLogInAsync(string? campaignId)
    {
        var state = Current.Dialer;
        if (campaignId is not null && campaignId != "*" && DialerDecider.CheckCampaignLogIn(state, campaignId) is { } refused)
        {
            return Refused(refused);
        }

        return await DialerCommandAsync(async session =>
        {
            if (!Current.Dialer.LoggedIn)
            {
                await session.DialerLogInAsync();
                await RaiseAndConfirmAsync([new DialerLoggedIn(true, time.GetUtcNow())]);
                StartDialerPolling();
                await PollDialerAsync(session);
            }

            if (campaignId is not null && Current.Dialer.CanLogonCampaign)
            {
                var wanted = campaignId == "*"
                    ? [.. Current.Dialer.Available.Where(c => !Current.Dialer.InCampaign(c.Id))]
                    : Current.Dialer.AvailableCampaign(campaignId) is { } one && !Current.Dialer.InCampaign(one.Id) ? [one] : new List<DialerCampaign>();
                if (campaignId != "*" && Current.Dialer.AvailableCampaign(campaignId) is null)
                {
                    return Refused(new DialerRefusal("dialer.campaignUnavailable", $"Campaign '{campaignId}' is not running or not yours."));
                }

                foreach (var campaign in wanted)
                {
                    await session.DialerLogInAsync(campaign.Id);
                    await RaiseAndConfirmAsync([new DialerCampaignJoined(campaign, false, time.GetUtcNow())]);
                }
            }

            // Ready for calls must follow every campaign log-in (reference §9.2).
            await session.DialerReadyForCallsAsync();
            return CommandResult.Ok();
        });
    }

    /// <summary>None: log out of Dialer altogether. Granted by CIC once the last call is disconnected and dispositioned.</summary>
    public Task<CommandResult> DialerLogOffAsync(IReadOnlyList<string> campaignIds) =>
        DialerDecider.CheckLogOff(Current.Dialer, campaignIds) is { } refused
            ? Task.FromResult(Refused(refused))
            : DialerCommandAsync(async session =>
            {
                await session.DialerLogOffAsync(campaignIds);
                await RaiseAndConfirmAsync([new DialerLogOffRequested([.. campaignIds], time.GetUtcNow())]);
                return CommandResult.Ok();
            });

    /// <summary>Back to Available: the Dialer places calls again.</summary>
    public Task<CommandResult> DialerReadyAsync() =>
        !Current.Dialer.LoggedIn ? Task.FromResult(Refused(DialerRefusal.NotLoggedIn)) : DialerCommandAsync(async session =>
        {
            await session.DialerReadyForCallsAsync();
            return CommandResult.Ok();
        });

    public Task<CommandResult> DialerRequestBreakAsync() =>
        DialerDecider.CheckRequestBreak(Current.Dialer) is { } refused ? Task.FromResult(Refused(refused)) : DialerCommandAsync(async session =>
        {
            await session.DialerRequestBreakAsync();
            return CommandResult.Ok();
        });

    public Task<CommandResult> DialerEndBreakAsync() =>
        DialerDecider.CheckEndBreak(Current.Dialer) is { } refused ? Task.FromResult(Refused(refused)) : DialerCommandAsync(async session =>
        {
            await session.DialerEndBreakAsync();
            await session.DialerReadyForCallsAsync();
            return CommandResult.Ok();
        });

    public Task<CommandResult> DialerDispositionAsync(SubmitDisposition command)
    {
        var (disposition, refused) = DispositionRules.Decide(Current.Dialer, command, time.GetUtcNow());
        if (disposition is null)
        {
            return Task.FromResult(Refused(refused!));
        }

        var callback = disposition.Callback;
        var key = KeyOf(Current.Dialer.Call!);
        return DialerCommandAsync(async session =>
        {
            await session.DialerDispositionAsync(new IcwsDialer.DialerDisposition(disposition.Label, callback?.At,
                callback is { ToMe: true } ? UserId : null, disposition.Abandon));
            await RaiseAndConfirmAsync([disposition]);
            TellInteraction(key, new DialerDispositionRecorded(disposition.Label, disposition.WrapUpCategory, false, disposition.Abandon,
                callback?.At, callback?.ToMe ?? false, UserId, disposition.OccurredAt));
            logger.LogInformation("Agent {UserId} dispositioned campaign call {InteractionId} as {Label}", UserId, disposition.InteractionId, disposition.Label);
            return CommandResult.Ok(disposition.InteractionId);
        });
    }

    public Task<CommandResult> DialerPlacePreviewAsync() => PlacePreviewAsync(byTimer: false);

    public Task<CommandResult> DialerSkipAsync()
    {
        if (DialerDecider.CheckSkip(Current.Dialer) is { } refused)
        {
            return Task.FromResult(Refused(refused));
        }

        var skipped = DispositionRules.Skip(Current.Dialer.Call!, time.GetUtcNow());
        var key = KeyOf(Current.Dialer.Call!);
        return DialerCommandAsync(async session =>
        {
            await session.DialerDispositionAsync(new IcwsDialer.DialerDisposition(IcwsDialer.DialerDisposition.SkipLabel));
            await RaiseAndConfirmAsync([skipped]);
            TellInteraction(key, new DialerDispositionRecorded(skipped.Label, null, true, false, null, false, UserId, skipped.OccurredAt));
            return CommandResult.Ok(skipped.InteractionId);
        });
    }

    public async Task ObserveDialerCallNotAnsweredAsync(string interactionId, DateTimeOffset observedAt)
    {
        // Its data pop may still wait among the session's messages: read them first, so a late pop cannot bring the call back.
        await PollDialerTickAsync(CancellationToken.None);
        await RaiseAndConfirmAsync(DialerObservations.NotAnswered(Current.Dialer, interactionId, observedAt));
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == PreviewReminder)
        {
            await PreviewTimerExpiredAsync();
        }
    }

    private Task<CommandResult> PlacePreviewAsync(bool byTimer) =>
        DialerDecider.CheckPlacePreview(Current.Dialer) is { } refused ? Task.FromResult(Refused(refused)) : DialerCommandAsync(async session =>
        {
            var interactionId = Current.Dialer.Call!.InteractionId;
            await session.DialerPlacePreviewCallAsync(byTimer);
            await RaiseAndConfirmAsync([new DialerPreviewPlaced(interactionId, byTimer, time.GetUtcNow())]);
            return CommandResult.Ok(interactionId);
        });

    private async Task PreviewTimerExpiredAsync()
    {
        if (Current.Dialer.Call is { PreviewDeadline: { } deadline, Placed: false } && deadline <= time.GetUtcNow())
        {
            var placed = await PlacePreviewAsync(byTimer: true);
            logger.LogInformation("Preview timer of agent {UserId} expired; placing the call: {Outcome}", UserId, placed.Succeeded ? "placed" : placed.ErrorCode);
            if (!placed.Succeeded && Current.Dialer.Call is { Placed: false } stuck)
            {
                // CIC no longer has the preview (skipped elsewhere, switchover): nothing is owed any more.
                await RaiseAndConfirmAsync([new DialerCallDropped(stuck.InteractionId, time.GetUtcNow())]);
            }
        }

        await SyncPreviewTimerAsync();
    }

    /// <summary>Runs a Dialer request: 403 is the missing license or right, another refusal is CIC's; then reads what the
    /// request led to, so the answer already reflects it.</summary>
    private Task<CommandResult> DialerCommandAsync(Func<IcwsSession, Task<CommandResult>> command) =>
        _session.RunAsync(async session =>
        {
            CommandResult result;
            try
            {
                result = await command(session);
            }
            catch (IcwsRequestException ex) when (ex.StatusCode == 403)
            {
                return CommandResult.Fail("dialer.forbidden", $"CIC refused: you have no Interaction Dialer license or right ({ex.ServerMessage ?? ex.ErrorId}).");
            }
            catch (IcwsRequestException ex) when (ex.StatusCode is 400 or 409)
            {
                result = CommandResult.Fail("dialer.refused", $"Interaction Dialer refused: {ex.ServerMessage ?? ex.Message}");
            }

            await PollDialerAsync(session);
            return result;
        }, OnSessionExpiredAsync);

    private async Task PollDialerAsync(IcwsSession session)
    {
        var messages = await session.ReadQueuedMessagesAsync();
        foreach (var message in messages)
        {
            var events = DialerObservations.Observe(Current.Dialer, message, time.GetUtcNow());
            if (events.Count > 0)
            {
                await RaiseAndConfirmAsync(events);
            }
        }

        await SyncPreviewTimerAsync();
        await LinkDialerCallAsync();
        if (!Current.Dialer.LoggedIn && Current.Dialer.Call is null)
        {
            StopDialerPolling();
        }
    }

    private async Task PollDialerTickAsync(CancellationToken cancellationToken)
    {
        if (_session.Current is not { } session)
        {
            return;
        }

        try
        {
            await PollDialerAsync(session);
        }
        catch (IcwsSessionExpiredException)
        {
            await OnSessionExpiredAsync();
        }
        catch (IcwsException ex)
        {
            logger.LogWarning(ex, "Reading the Dialer messages of agent {UserId} failed; trying again", UserId);
        }
    }

    /// <summary>The preview countdown: a timer for the exact moment and a reminder that outlives this activation.</summary>
    private async Task SyncPreviewTimerAsync()
    {
        var call = Current.Dialer.Call;
        var due = call is { Placed: false, PreviewDeadline: { } deadline } ? deadline : (DateTimeOffset?)null;
        if (due is null)
        {
            _previewTimer?.Dispose();
            _previewTimer = null;
            if (_previewScheduledFor is not null)
            {
                _previewScheduledFor = null;
                await UnregisterPreviewReminderAsync();
            }

            return;
        }

        if (_previewScheduledFor == call!.InteractionId)
        {
            return;
        }

        _previewScheduledFor = call.InteractionId;
        var wait = due.Value - time.GetUtcNow();
        wait = wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        _previewTimer?.Dispose();
        _previewTimer = this.RegisterGrainTimer(_ => PreviewTimerExpiredAsync(), new GrainTimerCreationOptions(wait, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        try
        {
            await this.RegisterOrUpdateReminder(PreviewReminder, wait + TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "No reminder for the preview timer of agent {UserId}; the grain timer alone keeps it", UserId);
        }
    }

    private async Task UnregisterPreviewReminderAsync()
    {
        try
        {
            if (await this.GetReminder(PreviewReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not remove the preview reminder of agent {UserId}", UserId);
        }
    }

    private void StartDialerPolling() =>
        _dialerPolling ??= this.RegisterGrainTimer(PollDialerTickAsync, new GrainTimerCreationOptions(DialerPollPeriod, DialerPollPeriod) { KeepAlive = true });

    private void StopDialerPolling()
    {
        _dialerPolling?.Dispose();
        _dialerPolling = null;
    }

    /// <summary>After a reactivation with the session resumed: Dialer messages are read again and a preview timer rearmed.</summary>
    private async Task ResumeDialerAsync()
    {
        if (Current.Dialer.LoggedIn || Current.Dialer.Call is not null)
        {
            StartDialerPolling();
            await PreviewTimerExpiredAsync();
        }
    }

    /// <summary>Once the campaign call is on the agent's queue (the ingest saw it), its interaction gets the data pop.</summary>
    private async Task LinkDialerCallAsync()
    {
        if (Current.Dialer.Call is not { Key: null } call || KeyOf(call) is not { } key)
        {
            return;
        }

        TellInteraction(key, new DialerDataPopRecorded(call.Campaign.Id, call.Campaign.Name, call.Attributes, time.GetUtcNow()));
        await RaiseAndConfirmAsync([new DialerCallLinked(call.InteractionId, key, time.GetUtcNow())]);
    }

    private string? KeyOf(DialerCall call) =>
        call.Key ?? Current.Queue.FirstOrDefault(p => p.Value == call.InteractionId).Key;

    /// <summary>Not awaited, as the interaction grain tells this grain of wrap-ups: neither ever waits on the other.</summary>
    private void TellInteraction(string? key, InteractionEvent fact)
    {
        if (key is null)
        {
            logger.LogWarning("Campaign call of agent {UserId} was never seen on the queue; its interaction does not get {Fact}", UserId, fact.GetType().Name);
            return;
        }

        GrainFactory.GetGrain<IInteractionGrain>(key).RecordDialerAsync(fact).Ignore();
    }

    private static CommandResult Refused(DialerRefusal refusal) => CommandResult.Fail(refusal.Code, refusal.Message);
}
