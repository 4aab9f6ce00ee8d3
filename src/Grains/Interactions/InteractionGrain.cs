using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.EventSourcing;
using Orleans.Providers;
using Orleans.Runtime;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Calls;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions.Callbacks;
using PureConnect.Grains.Interactions.Chats;
using PureConnect.Persistence.EventStore;

namespace PureConnect.Grains.Interactions;

/// <summary>Thin shell around <see cref="InteractionDecider"/> and <see cref="WrapUpDecider"/>: load, decide, append.</summary>
/// <remarks>
/// The wrap-up deadline is kept by a grain timer (exact) and a reminder (crash-safe backstop: it re-activates the grain
/// after a silo loss; reminders tick at most once a minute, so after a crash the time-out can come up to a minute late).
/// </remarks>
[GrainType("interaction")]
[LogConsistencyProvider(ProviderName = GrainsHosting.EventStoreProvider)]
public sealed partial class InteractionGrain(
    IEventStore store, EventSerializer serializer, TimeProvider time, IOptions<CallLogEditOptions> callLogs,
    IOptions<CallControlOptions> callControls, ILogger<InteractionGrain> logger)
    : EventSourcedGrain<InteractionModel, InteractionEvent>(store, serializer, logger), IInteractionGrain, IRemindable
{
    private const string WrapUpReminder = "wrap-up-deadline";
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);
    private IGrainTimer? _wrapUpTimer;
    private IGrainTimer? _promptTimer;
    private IGrainTimer? _securePauseTimer;
    private IGrainTimer? _retirementTimer;

    /// <summary>Rights are the agent's, but the buttons' enabled state is the call's: computed as if every right were held, the softphone
    /// hides what the agent's rights do not allow.</summary>
    private static readonly RecordingRights AllRights = new(true, true, true, true);

    public static string StreamIdOf(string key) => $"interaction-{key}";

    private string Key => this.GetPrimaryKeyString();
    protected override string StreamId => StreamIdOf(Key);
    protected override InteractionModel Initial => InteractionModel.Initial;
    protected override string SnapshotType => "InteractionModel.V4";

    protected override InteractionModel Evolve(InteractionModel state, InteractionEvent @event) =>
        InteractionDecider.Evolve(state, @event);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (Current.WrapUp is { IsOpen: true })
        {
            ArmWrapUpTimer();
        }
        else if (WrapUpDecider.NeedsPrompt(Current))
        {
            SchedulePrompt();
        }

        ArmSecurePauseTimer();
        ArmRetirement();
    }

    public async Task ObserveAsync(InteractionObservation observation)
    {
        var before = Current;
        await RaiseAndConfirmAsync(InteractionDecider.Observe(Current, IcwsInteractionTranslator.Translate(observation)));
        TellIfNotAnswered(before, observation.ObservedAt);
    }

    public async Task ObserveRemovedAsync(string userId, DateTimeOffset observedAt)
    {
        var before = Current;
        await RaiseAndConfirmAsync(InteractionDecider.Removed(Current, userId, observedAt));
        TellIfNotAnswered(before, observedAt);
    }

    public Task CloseUnobservedAsync(DateTimeOffset observedAt) =>
        RaiseAndConfirmAsync(InteractionDecider.CloseUnobserved(Current, observedAt));

    public Task RecordScreenPopAsync(ScreenPopView decision) =>
        RaiseAndConfirmAsync(InteractionDecider.DecideScreenPop(Current, decision, time.GetUtcNow()));

    public Task<InteractionView> GetViewAsync() => Task.FromResult(View());

    public Task RecordDialerAsync(InteractionEvent fact) => RaiseAndConfirmAsync(DialerCallRecord.Record(Current.Dialer, fact));

    public async Task<CommandResult> EditCallLogAsync(EditCallLog command)
    {
        var at = time.GetUtcNow();
        var window = callLogs.Value.EditWindow;
        if (CallLogEditRules.Check(Current, command, window, at) is { } refused)
        {
            return refused;
        }

        await RaiseAndConfirmAsync(CallLogEditRules.Edit(Current, command, window, at));
        return CommandResult.Ok(Current.InteractionId);
    }

    public Task AssociateAsync(string? whoId, string? whatId) =>
        RaiseAndConfirmAsync(CallLogEditRules.Associate(Current, whoId, whatId, time.GetUtcNow()));

    public async Task<CommandResult> ExecuteAsync(CallCommand command)
    {
        var agent = GrainFactory.GetGrain<IAgentGrain>(command.UserId);
        var rights = Current.UserId == command.UserId ? await agent.GetRecordingRightsAsync() : AllRights;
        var plan = CallCommandPlanner.Plan(Current, command, new CallCommandSettings(rights, callControls.Value.SecurePauseLength), time.GetUtcNow());
        if (plan.Refused is { } refused)
        {
            return refused;
        }

        var result = await agent.ExecuteIcwsAsync(plan.Call!);
        if (!result.Result.Succeeded)
        {
            logger.LogInformation("CIC refused {Command} on interaction {InteractionKey} for {UserId}: {Error}", command.Kind, Key, command.UserId,
                result.Result.ErrorCode);
            return result.Result;
        }

        await RaiseAndConfirmAsync(plan.Then(result));
        return CommandResult.Ok(Current.InteractionId);
    }

    public async Task<CommandResult> ExecuteCallbackAsync(CallbackCommand command)
    {
        var plan = CallbackCommandPlanner.Plan(Current, command);
        if (plan.Refused is { } refused)
        {
            return refused;
        }

        var result = await GrainFactory.GetGrain<IAgentGrain>(command.UserId).ExecuteIcwsAsync(plan.Call!);
        if (!result.Result.Succeeded)
        {
            logger.LogInformation("CIC refused callback command {Command} on interaction {InteractionKey} for {UserId}: {Error}", command.Kind, Key,
                command.UserId, result.Result.ErrorCode);
            return result.Result;
        }

        if (result.Id is { } callId)
        {
            await RaiseAndConfirmAsync(CallbackRules.CallPlaced(Current.Callback, callId, time.GetUtcNow()));
        }

        return CommandResult.Ok(result.Id ?? Current.InteractionId);
    }

    public async Task<CommandResult> AssignWrapUpAsync(AssignWrapUp command)
    {
        var requestedAt = time.GetUtcNow();
        await RaiseAndConfirmAsync(WrapUpDecider.TimeOut(Current, requestedAt));
        if (WrapUpDecider.Check(Current, command, requestedAt) is { } refused)
        {
            return refused;
        }

        var sent = await GrainFactory.GetGrain<IAgentGrain>(command.UserId).SubmitWrapUpAsync(Current.InteractionId, command.Code, requestedAt);
        if (!sent.Succeeded)
        {
            return sent;
        }

        await RaiseAndConfirmAsync(WrapUpDecider.Assign(Current, command, requestedAt));
        logger.LogInformation("Agent {UserId} assigned wrap-up code {Code} to interaction {InteractionKey}", command.UserId, command.Code, Key);
        return CommandResult.Ok(Current.InteractionId);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != WrapUpReminder)
        {
            return;
        }

        await TimeOutWrapUpAsync(CancellationToken.None);
        if (Current.WrapUp is { IsOpen: true })
        {
            ArmWrapUpTimer();
        }
        else
        {
            await UnregisterWrapUpReminderAsync();
        }
    }

    /// <summary>The owner's clients see every change; an agent who lost the interaction sees it leave.</summary>
    protected override async Task OnEventsConfirmedAsync(InteractionModel before, IReadOnlyList<InteractionEvent> events)
    {
        var view = View();
        var users = events.OfType<InteractionUnassigned>().Select(e => e.UserId).Append(view.UserId).OfType<string>().Distinct();
        foreach (var user in users)
        {
            await this.PublishAsync(user, AgentUpdate.Of(view), logger);
        }

        if (WrapUpDecider.NeedsPrompt(Current) && events.Any(e => e is InteractionDisconnected))
        {
            SchedulePrompt();
        }

        foreach (var @event in events)
        {
            await OnWrapUpEventAsync(@event);
        }

        if (events.Any(e => e is SecurePauseStarted or SecurePauseReset or SecurePauseEnded))
        {
            ArmSecurePauseTimer();
        }

        foreach (var (user, line) in CallHistoryNotes.Of(before, events, time.GetUtcNow()))
        {
            GrainFactory.GetGrain<IAgentGrain>(user).RecordCallAsync(line).Ignore();
        }

        ArmRetirement();
    }

    /// <summary>Leaves memory once nothing is left to do (<see cref="InteractionRetirement"/>); not a keep-alive timer.</summary>
    private void ArmRetirement()
    {
        _retirementTimer?.Dispose();
        _retirementTimer = null;
        var now = time.GetUtcNow();
        if (InteractionRetirement.DueAt(Current, callLogs.Value.EditWindow, now) is not { } due)
        {
            return;
        }

        _retirementTimer = this.RegisterGrainTimer(_ =>
        {
            switch (InteractionRetirement.OnTimer(Current, callLogs.Value.EditWindow, time.GetUtcNow()))
            {
                case RetirementStep.Deactivate:
                    this.DeactivateOnIdle();
                    break;
                case RetirementStep.WaitForTheRest:
                    ArmRetirement();
                    break;
            }

            return Task.CompletedTask;
        }, new GrainTimerCreationOptions(due - now, Timeout.InfiniteTimeSpan));
    }

    /// <summary>A secure pause ends by itself when its time runs out (spec: it cannot be cancelled).</summary>
    private void ArmSecurePauseTimer()
    {
        _securePauseTimer?.Dispose();
        _securePauseTimer = null;
        if (SecurePause.NextDue(Current.SecurePause) is not { } due)
        {
            return;
        }

        var wait = due - time.GetUtcNow();
        _securePauseTimer = this.RegisterGrainTimer(
            async _ => await RaiseAndConfirmAsync(SecurePause.TimeOut(Current.SecurePause, time.GetUtcNow())),
            new GrainTimerCreationOptions(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private async Task OnWrapUpEventAsync(InteractionEvent @event)
    {
        switch (@event)
        {
            case WrapUpPrompted prompted:
                NoteWrapUp(prompted.UserId, open: true);
                ArmWrapUpTimer();
                await RegisterWrapUpReminderAsync(prompted.Deadline);
                break;
            case WrapUpAssigned or WrapUpTimedOut:
                NoteWrapUp(Current.WrapUp!.UserId, open: false);
                _wrapUpTimer?.Dispose();
                _wrapUpTimer = null;
                await UnregisterWrapUpReminderAsync();
                break;
        }
    }

    /// <summary>Asks the agent's own session for the workgroup's codes in a turn of its own, so the call that ended the
    /// interaction (possibly from the agent grain itself) never waits on the agent grain.</summary>
    private void SchedulePrompt() =>
        _promptTimer ??= this.RegisterGrainTimer(PromptAsync, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });

    private async Task PromptAsync(CancellationToken cancellationToken)
    {
        _promptTimer?.Dispose();
        _promptTimer = null;
        if (!WrapUpDecider.NeedsPrompt(Current))
        {
            return;
        }

        var settings = await GrainFactory.GetGrain<IAgentGrain>(Current.UserId!).GetWrapUpSettingsAsync(Current.Workgroup!);
        await RaiseAndConfirmAsync(WrapUpDecider.Prompt(Current, settings, time.GetUtcNow()));
    }

    private void ArmWrapUpTimer()
    {
        if (Current.WrapUp is not { IsOpen: true } wrapUp)
        {
            return;
        }

        var due = wrapUp.Deadline - time.GetUtcNow();
        _wrapUpTimer?.Dispose();
        _wrapUpTimer = this.RegisterGrainTimer(TimeOutWrapUpAsync,
            new GrainTimerCreationOptions(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private async Task TimeOutWrapUpAsync(CancellationToken cancellationToken)
    {
        var events = WrapUpDecider.TimeOut(Current, time.GetUtcNow());
        await RaiseAndConfirmAsync(events);
        if (events.Count > 0)
        {
            logger.LogInformation("Wrap-up of interaction {InteractionKey} timed out: ambiguous code {Code}", Key, Current.WrapUp?.Code);
            await SubmitAmbiguousCodeAsync();
        }
    }

    /// <summary>Tells CIC too, best effort: the time-out is already recorded, whatever CIC answers.</summary>
    private async Task SubmitAmbiguousCodeAsync()
    {
        if (Current.WrapUp is not { Code: { Length: > 0 } code, UserId: var userId })
        {
            return;
        }

        var result = await GrainFactory.GetGrain<IAgentGrain>(userId).SubmitWrapUpAsync(Current.InteractionId, code, time.GetUtcNow());
        if (!result.Succeeded)
        {
            logger.LogInformation("CIC did not take the ambiguous wrap-up code of interaction {InteractionKey}: {Error}", Key, result.Message);
        }
    }

    /// <summary>Not awaited, as the agent grain tells this grain of its Dialer facts: neither ever waits on the other.</summary>
    private void TellIfNotAnswered(InteractionModel before, DateTimeOffset observedAt)
    {
        if (DialerNotAnswered.By(before, Current) is { } userId)
        {
            logger.LogInformation("Campaign call {InteractionKey} left agent {UserId} unanswered", Key, userId);
            GrainFactory.GetGrain<IAgentGrain>(userId).ObserveDialerCallNotAnsweredAsync(Current.InteractionId, observedAt).Ignore();
        }
    }

    private void NoteWrapUp(string userId, bool open) =>
        GrainFactory.GetGrain<IAgentGrain>(userId).NoteWrapUpAsync(Key, Current.InteractionId, open).Ignore();

    private async Task RegisterWrapUpReminderAsync(DateTimeOffset deadline)
    {
        try
        {
            var due = deadline - time.GetUtcNow() + TimeSpan.FromSeconds(1);
            await this.RegisterOrUpdateReminder(WrapUpReminder, due > TimeSpan.Zero ? due : TimeSpan.Zero, ReminderPeriod);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "No reminder for the wrap-up deadline of interaction {InteractionKey}; the timer alone keeps it", Key);
        }
    }

    private async Task UnregisterWrapUpReminderAsync()
    {
        try
        {
            if (await this.GetReminder(WrapUpReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not remove the wrap-up reminder of interaction {InteractionKey}", Key);
        }
    }

    private InteractionView View()
    {
        var s = Current;
        return new InteractionView(Key, s.InteractionId, s.Status, s.Direction,
            s.ObjectType, s.RemoteAddress, s.RemoteName, s.Workgroup, s.UserId, s.Muted, s.Internal, s.FirstSeenAt,
            s.ConnectedAt, s.DisconnectedAt, s.DisconnectedBy, s.Deallocated, Version, WrapUpDecider.View(s.WrapUp),
            s.Status == InteractionStatus.Voicemail ? null : s.ScreenPop, // a call sent to voicemail does not pop
            s.ConnectedAt is null ? null : CallLogEditRules.View(s, callLogs.Value.EditWindow),
            CallCommandPlanner.View(s, s.UserId, AllRights, time.GetUtcNow()), DialerCallRecord.View(s.Dialer),
            s.Callback is null ? null : CallbackRules.View(s), ChatRules.IsChat(s) ? ChatRules.View(s.Chat) : null,
            Emails.EmailRules.View(s));
    }
}
