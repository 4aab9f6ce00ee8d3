using Microsoft.Extensions.Logging;
using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;
using PureConnect.Icws;
using IcwsTarget = PureConnect.Icws.TransferTarget;

namespace PureConnect.Grains.Agents;

// The complete call handling of the agent's own CIC session (spec: "Calls"): the requests interaction grains decided, conferences,
// the transfer type-ahead, Advanced Dial and the call history.
public sealed partial class AgentGrain
{
    /// <summary>Right names as CIC reports them in <c>securityRights</c> ([U]: the names are settings of the simulator and this client).</summary>
    private static readonly string[] RecordingRightNames = ["recordInteractions", "snipInteractions", "recorderAccess"];
    private RecordingRights? _rights;

    public async Task<IcwsCallResult> ExecuteIcwsAsync(IcwsCall call)
    {
        var executed = await ExecuteOnCicAsync(call);
        return executed with { Result = await ForgetIfGoneAsync(executed.Result, call.InteractionId) };
    }

    private Task<IcwsCallResult> ExecuteOnCicAsync(IcwsCall call) => RunWithIdAsync(async session =>
    {
        var id = call.InteractionId;
        switch (call.Kind)
        {
            case IcwsCallKind.Record:
                await session.RecordAsync(id, call.On);
                break;
            case IcwsCallKind.Snip:
                await session.RecordSnippetAsync(id, call.On);
                break;
            case IcwsCallKind.SecurePause:
                await session.SecurePauseAsync(id, SecurePauseType.SpecifiedTimeout, TimeSpan.FromSeconds(int.Parse(call.Text ?? "60", System.Globalization.CultureInfo.InvariantCulture)));
                break;
            case IcwsCallKind.SendDigits:
                await session.SendDigitsAsync(id, call.Text ?? "");
                break;
            case IcwsCallKind.SendToVoicemail:
                await session.SendToVoicemailAsync(id);
                break;
            case IcwsCallKind.RequestAssistance:
                return (id, await session.RequestAssistanceAsync(id, call.Text), null);
            case IcwsCallKind.BlindTransfer:
                await session.BlindTransferAsync(id, ToIcws(call.TargetKind, call.Target!));
                break;
            case IcwsCallKind.Consult:
                var consult = await session.ConsultAsync(id, ToIcws(call.TargetKind, call.Target!));
                return (id, consult.ConsultId, consult.ConsultInteractionId);
            case IcwsCallKind.ConsultAudience:
                await session.ChangeConsultAudienceAsync(id, call.ConsultId!, (ConsultAudience)call.Audience);
                break;
            case IcwsCallKind.ConsultConclude:
                await session.ConcludeConsultAsync(id, call.ConsultId!);
                break;
            case IcwsCallKind.ConsultCancel:
                await session.CancelConsultAsync(id, call.ConsultId!);
                break;
            case IcwsCallKind.CallCallbackNumber:
                return (id, await session.CallCallbackNumberAsync(id, call.Target!), null);
            case IcwsCallKind.DispositionCallback:
                await session.DispositionCallbackAsync(id, Enum.Parse<CallbackDisposition>(call.Text!));
                break;
            case IcwsCallKind.SendChatText:
                await session.SendChatTextAsync(id, call.Text!);
                break;
            case IcwsCallKind.SendChatResponseFile:
                await session.SendChatResponseFileAsync(id, call.Text!);
                break;
            case IcwsCallKind.ChatTyping:
                await session.SetChatTypingAsync(id, call.On);
                break;
            case IcwsCallKind.PickupAndHold:
                await session.PickupAsync(id);
                await session.HoldAsync(id, true);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(call), call.Kind, "Unknown ICWS call");
        }

        return (id, null, null);
    });

    public async Task<RecordingRights> GetRecordingRightsAsync() => _rights ??= await ReadRecordingRightsAsync();

    public async Task<CommandResult> ConferenceAsync(string ontoKey, string draggedKey)
    {
        if (!Current.Queue.TryGetValue(ontoKey, out var ontoId) || !Current.Queue.TryGetValue(draggedKey, out var draggedId))
        {
            return CommandResult.Fail("interaction.notFound", "Both calls must be on your queue.");
        }

        var onto = await GrainFactory.GetGrain<IInteractionGrain>(ontoKey).GetViewAsync();
        var dragged = await GrainFactory.GetGrain<IInteractionGrain>(draggedKey).GetViewAsync();
        var draggedFacts = Facts(dragged);
        if (onto.Calls?.ConferenceParties is not null && onto.ObjectType != CallFacts.CallObjectType && onto.Calls.ConferenceId is { } conferenceId)
        {
            // Dropped onto a conference: the call joins it.
            var conference = ConferenceState.Initial with { ConferenceId = conferenceId, Parties = [UserId] };
            if (ConferenceRules.CheckAdd(conference, UserId, draggedFacts) is { } refusedAdd)
            {
                return refusedAdd;
            }

            return await _session.RunAsync(async session =>
            {
                await session.AddToConferenceAsync(conferenceId, [draggedId]);
                return CommandResult.Ok(conferenceId);
            }, OnSessionExpiredAsync);
        }

        if (ConferenceRules.CheckMerge(ConferenceState.Initial, UserId, draggedFacts, Facts(onto)) is { } refused)
        {
            return refused;
        }

        return await _session.RunAsync(async session =>
        {
            var created = await session.CreateConferenceAsync([ontoId, draggedId]);
            logger.LogInformation("Agent {UserId} merged interactions {Onto} and {Dragged} into conference {ConferenceId}", UserId, ontoId, draggedId, created);
            return CommandResult.Ok(created);
        }, OnSessionExpiredAsync);
    }

    public async Task<DirectorySearchView> SearchDirectoryAsync(string text, int maxResults)
    {
        if (_session.Current is not { } session || string.IsNullOrWhiteSpace(text))
        {
            return new DirectorySearchView([], false);
        }

        try
        {
            var found = await session.SearchDirectoryAsync(text.Trim(), Math.Clamp(maxResults, 1, 50));
            var texts = _session.KnownStatuses;
            return new DirectorySearchView([.. found.Entries.Select(ToMatch).OfType<DirectoryMatch>().Select(m => m with
            {
                // The status as agents read it (the configured message text), not its id.
                StatusText = m.StatusId is { } id ? texts?.FirstOrDefault(t => string.Equals(t.StatusId, id, StringComparison.OrdinalIgnoreCase))?.MessageText ?? id : null,
            })], found.MoreResultsAvailable);
        }
        catch (IcwsException ex)
        {
            logger.LogInformation(ex, "Directory search failed for agent {UserId}", UserId);
            return new DirectorySearchView([], false);
        }
    }

    public async Task<AdvancedDialOptions> GetAdvancedDialOptionsAsync()
    {
        var settings = await AdvancedDialSettingsAsync();
        return new AdvancedDialOptions(settings.Settings.AccountCodesEnabled, settings.Codes, settings.Settings.ActiveWorkgroups, Current.AdvancedDialOpen);
    }

    public async Task<CommandResult> DialAsync(DialNumber command, string? whoId = null, string? whatId = null)
    {
        await RaiseAndConfirmAsync(AdvancedDialRules.Remember(Current.AdvancedDialOpen, command.AdvancedOpen, time.GetUtcNow()));
        var settings = command.AdvancedOpen ? (await AdvancedDialSettingsAsync()).Settings : new AdvancedDialSettings(false, [], []);
        var (request, refused) = AdvancedDialRules.Check(command, settings);
        if (refused is not null)
        {
            return refused;
        }

        var attributes = DialAssociations.Attributes(whoId, whatId);
        var placed = await _session.RunAsync(
            async session => CommandResult.Ok(await session.MakeCallAsync(request!.Number, request.Workgroup, request.AccountCode, attributes)),
            OnSessionExpiredAsync);
        if (placed is { Succeeded: true, InteractionId: { } interactionId })
        {
            await RaiseAndConfirmAsync(DialAssociations.Placed(Current, interactionId, whoId, whatId, time.GetUtcNow()));
        }

        return placed;
    }

    /// <summary>Dialed calls reached the queue: their click-to-dial records go to their call logs.</summary>
    private async Task AssociateDialedAsync(IEnumerable<QueueEntry> onQueue)
    {
        foreach (var (key, interactionId, records) in DialAssociations.Arrived(Current, onQueue))
        {
            await GrainFactory.GetGrain<IInteractionGrain>(key).AssociateAsync(records.WhoId, records.WhatId);
            await RaiseAndConfirmAsync([new DialAssociationSettled(interactionId, time.GetUtcNow())]);
        }
    }

    public async Task<CommandResult> RedialAsync(string interactionKey)
    {
        var (number, refused) = CallControlRules.Redial(Facts(await GrainFactory.GetGrain<IInteractionGrain>(interactionKey).GetViewAsync()), UserId);
        return refused ?? await MakeCallAsync(new MakeCall(number!));
    }

    public Task<IReadOnlyList<CallHistoryEntry>> GetCallHistoryAsync(CallHistoryFilter filter) =>
        Task.FromResult(CallHistory.List(Current.CallHistory, filter, time.GetUtcNow()));

    public Task RecordCallAsync(CallHistoryLine call) => RaiseAndConfirmAsync([new CallRecorded(call.InteractionId, call.Name, call.Number, call.At,
        call.Direction, call.ConnectedAt, call.EndedAt, call.Forwarded, time.GetUtcNow())]);

    private async Task<(AdvancedDialSettings Settings, IReadOnlyList<AccountCodeOption> Codes)> AdvancedDialSettingsAsync()
    {
        if (_session.Current is not { } session)
        {
            return (new AdvancedDialSettings(false, [], []), []);
        }

        try
        {
            var codes = await session.GetAccountCodesAsync();
            var workgroups = await session.GetActiveWorkgroupsAsync();
            var options = codes.Codes.Select(c => new AccountCodeOption(c.Id, c.Description)).ToList();
            return (new AdvancedDialSettings(codes.Enabled ?? options.Count > 0, [.. options.Select(c => c.Id)], workgroups), options);
        }
        catch (IcwsException ex)
        {
            logger.LogInformation(ex, "Could not read the Advanced Dial options of agent {UserId}", UserId);
            return (new AdvancedDialSettings(false, [], []), []);
        }
    }

    private async Task<RecordingRights> ReadRecordingRightsAsync()
    {
        if (_session.Current is not { } session)
        {
            return new RecordingRights(false, false, false, false);
        }

        IReadOnlyDictionary<string, bool>? held;
        try
        {
            held = await session.GetSecurityRightsAsync(RecordingRightNames);
        }
        catch (IcwsException ex)
        {
            logger.LogInformation(ex, "Could not read the recording rights of agent {UserId}", UserId);
            held = null;
        }

        return held is null
            ? new RecordingRights(true, true, true, false) // CIC does not say: offer the buttons; CIC still refuses what is not allowed.
            : new RecordingRights(held["recordInteractions"], held["snipInteractions"], held["recorderAccess"], false);
    }

    private static CallFacts Facts(InteractionView view) => new(view.InteractionId, view.ObjectType, view.Status, view.UserId, view.Workgroup,
        view.Direction, view.RemoteAddress, view.Calls?.IsDialer ?? false);

    private static IcwsTarget ToIcws(TransferTargetKind kind, string target) => kind switch
    {
        TransferTargetKind.User => IcwsTarget.ToUser(target),
        TransferTargetKind.Workgroup => IcwsTarget.ToWorkgroup(target),
        TransferTargetKind.AttendantProfile => IcwsTarget.ToAttendantProfile(target),
        _ => IcwsTarget.ToAddress(target),
    };

    private static DirectoryMatch? ToMatch(DirectoryEntry entry) => entry.Type switch
    {
        LookupEntryType.User => new DirectoryMatch(TransferTargetKind.User, entry.Id, entry.DisplayName, entry.Extension, entry.StatusId, entry.OnPhone,
            entry.LoggedIn, null),
        LookupEntryType.Workgroup => new DirectoryMatch(TransferTargetKind.Workgroup, entry.Id, entry.DisplayName, entry.Extension, null, null, null, null),
        LookupEntryType.AttendantProfile => new DirectoryMatch(TransferTargetKind.AttendantProfile, entry.Id, entry.DisplayName, null, null, null, null,
            entry.AllowsTransfer),
        LookupEntryType.StandalonePhone or LookupEntryType.Station when entry.Extension is { Length: > 0 } => new DirectoryMatch(
            TransferTargetKind.OutsideNumber, entry.Extension, entry.DisplayName, entry.Extension, null, null, null, null),
        _ => null,
    };

    /// <summary>Runs a request on the session; CIC's refusals by error id become the product's error codes.</summary>
    private async Task<IcwsCallResult> RunWithIdAsync(Func<IcwsSession, Task<(string Id, string? First, string? Second)>> request)
    {
        (string? First, string? Second) ids = (null, null);
        var result = await _session.RunAsync(async session =>
        {
            try
            {
                var (id, first, second) = await request(session);
                ids = (first, second);
                return CommandResult.Ok(id);
            }
            catch (IcwsRequestException ex) when (ex.StatusCode == 400 && RefusalOf(ex.ErrorId) is { } refusal)
            {
                // The agent reads the product's words (translated by the softphone); CIC's own text, which names ids, goes to the log.
                logger.LogInformation("CIC refused a request of agent {UserId} ({ErrorId}): {ServerMessage}", UserId, ex.ErrorId, ex.ServerMessage);
                return refusal;
            }
        }, OnSessionExpiredAsync);
        return new IcwsCallResult(result, ids.First, ids.Second, time.GetUtcNow());
    }

    /// <summary>
    /// CIC answered 404 to a command on an interaction (<c>interaction.notFound</c>): it no longer has it, so it leaves the
    /// agent's view (as when it leaves the queue; the ingest still judges whether it ended).
    /// </summary>
    private async Task<CommandResult> ForgetIfGoneAsync(CommandResult result, string? interactionId)
    {
        if (result.ErrorCode == "interaction.notFound" && interactionId is not null
            && Current.Queue.FirstOrDefault(p => p.Value == interactionId).Key is { } key)
        {
            logger.LogInformation("CIC no longer has interaction {InteractionId} of agent {UserId}; taking it off their view", interactionId, UserId);
            await RaiseAndConfirmAsync(AgentDecider.ObserveQueue(Current, [], [key], time.GetUtcNow()));
        }

        return result;
    }

    private static CommandResult? RefusalOf(string? errorId) => errorId switch
    {
        IcwsCallControlErrors.TransferNotAllowed => CommandResult.Fail("transfer.notAllowed", "That destination does not accept transfers."),
        IcwsCallControlErrors.InvalidTarget => CommandResult.Fail("transfer.invalidTarget", "CIC does not know that destination."),
        IcwsCallControlErrors.VoicemailTransferNotSupported => CommandResult.Fail("transfer.voicemailNotAllowed", "Calls cannot be transferred to voicemail."),
        IcwsCallControlErrors.ConsultTargetNotSupported => CommandResult.Fail("transfer.consultNotAllowed", "That destination cannot be consulted."),
        IcwsCallControlErrors.SnippetRecordingActive => CommandResult.Fail("recording.snippetActive", "A snippet recording of this call is running."),
        IcwsCallControlErrors.SecurePauseActive => CommandResult.Fail("recording.securePauseActive", "The recording is securely paused; try when the pause ends."),
        IcwsCallControlErrors.AssistanceAlreadyRequested => CommandResult.Fail("assistance.alreadyRequested", "Assistance was already requested for this interaction."),
        IcwsCallControlErrors.DialerCallNotConferenceable => CommandResult.Fail("conference.dialerNotAllowed", "Dialer calls cannot be conferenced."),
        IcwsCallControlErrors.InvalidAccountCode => CommandResult.Fail("dial.unknownAccountCode", "CIC does not know that account code."),
        IcwsCallControlErrors.InvalidState => CommandResult.Fail("call.invalidState", "The call is not in a state that allows this."),
        _ => null,
    };
}
