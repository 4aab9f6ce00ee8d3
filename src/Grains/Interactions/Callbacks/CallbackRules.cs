using PureConnect.Grains.Agents;

namespace PureConnect.Grains.Interactions.Callbacks;

/// <summary>
/// Respond to callbacks (spec): pick the callback up; "the buttons below the form are disabled until after you attempt the first
/// callback"; the phone places the call; Complete ("you reached the requester"), Retry ("only enabled if your CIC administrator has
/// enabled retries": the callback leaves your queue snoozed and returns to the workgroup, up to the configured maximum) and Failure.
/// CIC reports what happened (<see cref="Observe"/>); commands are judged by <see cref="Check"/>. Pure: time is passed in.
/// </summary>
public static class CallbackRules
{
    public const string ObjectType = "Callback";

    public static bool IsCallback(InteractionModel state) => string.Equals(state.ObjectType, ObjectType, StringComparison.OrdinalIgnoreCase);

    /// <summary>The observation is of a callback (known as one, or first seen as one): its callback attributes count.</summary>
    public static bool Concerns(InteractionModel state, ObservedInteraction seen) =>
        IsCallback(state) || string.Equals(seen.ObjectType, ObjectType, StringComparison.OrdinalIgnoreCase);

    /// <summary>What CIC's callback subscription said (its <c>callbackMessage</c>): nothing for an interaction that is not a callback.
    /// The subscription carries no completion; the outcome comes with the interaction's attributes.</summary>
    public static IReadOnlyList<InteractionEvent> Observe(InteractionModel state, CallbackObservation seen) =>
        IsCallback(state)
            ? Observe(state.Callback, new ObservedCallback(seen.Phone, seen.Message, null, seen.CallId, seen.Attempts, seen.MaxAttempts), seen.ObservedAt)
            : [];

    public static IReadOnlyList<InteractionEvent> Observe(CallbackState? state, ObservedCallback seen, DateTimeOffset at)
    {
        var events = new List<InteractionEvent>();
        var known = state ?? CallbackState.Initial;
        var phone = seen.Phone ?? known.Phone;
        var message = seen.Message ?? known.Message;
        var maxAttempts = seen.MaxAttempts ?? known.MaxAttempts;
        if (state is null || phone != known.Phone || message != known.Message || maxAttempts != known.MaxAttempts)
        {
            events.Add(new CallbackRequestObserved(phone, message, maxAttempts, at));
        }

        if (seen.Attempts is { } attempts && attempts > known.Attempts && known.Outcome is null)
        {
            events.Add(new CallbackRetried(attempts, at));
        }

        if (seen.CallId is { Length: > 0 } callId && callId != known.CallId)
        {
            events.Add(new CallbackCallPlaced(callId, at));
        }

        if (seen.Outcome is { } outcome && known.Outcome is null)
        {
            events.Add(new CallbackCompleted(outcome, at));
        }

        return events;
    }

    /// <summary>Why <paramref name="userId"/> may not do <paramref name="kind"/> now; null when they may.</summary>
    public static CommandResult? Check(InteractionModel state, string userId, CallbackCommandKind kind)
    {
        if (!IsCallback(state) || state.Callback is not { } callback)
        {
            return CommandResult.Fail("callback.notACallback", "That interaction is not a callback.");
        }

        if (state.UserId != userId)
        {
            return CommandResult.Fail("interaction.notFound", "That interaction is not yours.");
        }

        if (state.IsEnded || callback.Outcome is not null)
        {
            return CommandResult.Fail("callback.ended", "This callback has ended.");
        }

        if (state.Status is not (InteractionStatus.Connected or InteractionStatus.Held))
        {
            return CommandResult.Fail("callback.notPickedUp", "Pick up the callback first.");
        }

        return kind switch
        {
            CallbackCommandKind.CallNumber when callback.Phone.Length == 0
                => CommandResult.Fail("callback.noNumber", "The requester left no number to call."),
            CallbackCommandKind.CallNumber => null,
            _ when !callback.Called
                => CommandResult.Fail("callback.notAttempted", "Call the requester before you complete, retry or fail the callback."),
            CallbackCommandKind.Retry when callback.MaxAttempts == 0
                => CommandResult.Fail("callback.retryDisabled", "Your CIC administrator has not enabled retries for this callback."),
            CallbackCommandKind.Retry when callback.Attempts >= callback.MaxAttempts
                => CommandResult.Fail("callback.noRetriesLeft", "The callback was retried as often as allowed; complete it or mark it failed."),
            _ => null,
        };
    }

    /// <summary>CIC placed the call (201 with its id): the buttons may be used at once, before the ingest reports it.</summary>
    public static IReadOnlyList<InteractionEvent> CallPlaced(CallbackState? state, string callId, DateTimeOffset at) =>
        state is not null && state.CallId != callId ? [new CallbackCallPlaced(callId, at)] : [];

    public static CallbackState Evolve(CallbackState? state, InteractionEvent @event)
    {
        var known = state ?? CallbackState.Initial;
        return @event switch
        {
            CallbackRequestObserved e => known with { Phone = e.Phone, Message = e.Message, MaxAttempts = e.MaxAttempts },
            CallbackCallPlaced e => known with { CallId = e.CallId, Called = true },
            // Back on the workgroup: the next agent starts with the buttons disabled again.
            CallbackRetried e => known with { Attempts = e.Attempt, Called = false },
            CallbackCompleted e => known with { Outcome = e.Outcome },
            _ => known,
        };
    }

    public static CallbackView View(InteractionModel state)
    {
        var callback = state.Callback ?? CallbackState.Initial;
        bool Can(CallbackCommandKind kind) => state.UserId is { } owner && Check(state, owner, kind) is null;
        return new CallbackView(callback.Phone, callback.Message, callback.Attempts, callback.MaxAttempts, callback.CallId, callback.Outcome,
            Can(CallbackCommandKind.CallNumber), Can(CallbackCommandKind.Complete), Can(CallbackCommandKind.Retry), Can(CallbackCommandKind.Fail));
    }
}
