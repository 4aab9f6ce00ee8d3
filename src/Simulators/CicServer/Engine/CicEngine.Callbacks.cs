using System.Globalization;

namespace PureConnect.Simulators.CicServer.Engine;

// Callbacks (channels facts §3): a customer's request to be called back, routed by the ACD like a call; the agent calls
// the number from it and dispositions it (success, failure, or retry: snoozed, then routed again).
public sealed partial class CicEngine
{
    private const string SnoozedStateText = "Snoozed";

    /// <summary>[U] The status code a successful disposition answers (option <c>Callbacks:DispositionSuccessStatus</c>).</summary>
    public int CallbackDispositionSuccessStatus => _options.Callbacks.DispositionSuccessStatus;

    public void ConfigureCallbacks(string workgroup, CallbackSettings settings) => Run(() =>
    {
        var group = _workgroups.GetValueOrDefault(workgroup) ?? throw NotFound($"Workgroup '{workgroup}' does not exist.");
        if (settings.MaxRetries < 0 || settings.SnoozeDuration < TimeSpan.Zero)
        {
            throw Invalid("maxRetries and snoozeSeconds cannot be negative.");
        }

        group.Callbacks = settings;
    });

    /// <summary>A customer's web callback request (what <c>web-callback/create</c> does on a real server) to exactly one of a
    /// workgroup (ACD, retries as the workgroup allows) or a user (alerting at once; no workgroup to retry on).</summary>
    public string InjectCallback(string? workgroup, string telephone, string name, string? subject = null, string? userId = null) => Run(() =>
    {
        if (string.IsNullOrWhiteSpace(telephone) || string.IsNullOrWhiteSpace(name))
        {
            throw Invalid("telephone and name are required.");
        }

        if (string.IsNullOrWhiteSpace(workgroup) == string.IsNullOrWhiteSpace(userId))
        {
            throw Invalid("Give exactly one of workgroup and user.");
        }

        var callback = InjectCallCore(telephone, name, workgroup, userId, plan: null);
        callback.Set(Attr.ObjectType, ObjectTypes.Callback);
        callback.Set(Attr.CallbackPhone, telephone);
        callback.Set(Attr.Subject, subject ?? "");
        callback.Set(Attr.CallbackCompletion, "");
        callback.Set(Attr.CallbackCompletionDisplay, "");
        callback.Set(Attr.CallbackAssociatedCallId, "");
        callback.Set(Attr.CallbackAttempts, "0");
        callback.Set(Attr.CallbackMaxAttempts, (callback.Workgroup?.Callbacks.MaxRetries ?? 0).ToString(CultureInfo.InvariantCulture));
        return callback.Id;
    });

    /// <summary><c>createCallbackResponseCallParameters</c>: the agent calls the callback's number. The new outbound call
    /// names the callback (<c>Eic_AssociatedClbId</c>) and the callback names the call (<c>Eic_CallbackAssociatedCallId</c>).</summary>
    public string CreateCallbackResponseCall(Session session, string? parentInteractionId, string? target, string? workgroup = null,
        string? accountCodeId = null) => Run(() =>
    {
        if (string.IsNullOrWhiteSpace(parentInteractionId))
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "parentInteractionId is required.");
        }

        var callback = FindOwnedCallback(session, parentInteractionId);
        if (callback.State != CallStates.Connected)
        {
            throw InvalidState(callback, "call the number of");
        }

        var call = CreateCallCore(session, target, workgroup ?? callback.Workgroup?.Name, null, accountCodeId);
        call.Set(Attr.AssociatedCallbackId, callback.Id);
        callback.Set(Attr.CallbackAssociatedCallId, call.Id);
        return call.Id;
    });

    /// <summary>Success or failure ends the callback; retry snoozes it on its workgroup for the configured interval and counts
    /// an attempt, or fails it once the workgroup's retries are used up (facts §3.4, [U]).</summary>
    public void DispositionCallback(Session session, string interactionId, CallbackDisposition disposition) => Run(() =>
    {
        var callback = FindOwnedCallback(session, interactionId);
        if (callback.State is not (CallStates.Connected or CallStates.Held))
        {
            throw InvalidState(callback, "disposition");
        }

        var settings = callback.Workgroup?.Callbacks ?? CallbackSettings.Default;
        var attempts = int.Parse(callback.Get(Attr.CallbackAttempts), CultureInfo.InvariantCulture);
        switch (disposition)
        {
            case CallbackDisposition.Retry when attempts < settings.MaxRetries && callback.Workgroup is not null:
                Snooze(callback, attempts + 1, settings.SnoozeDuration);
                break;
            case CallbackDisposition.Success:
                Complete(callback, success: true);
                break;
            case CallbackDisposition.Failure or CallbackDisposition.Retry:
                Complete(callback, success: false);
                break;
            default:
                throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, $"Unknown disposition {(int)disposition}.");
        }
    });

    private void Snooze(Interaction callback, int attempts, TimeSpan duration)
    {
        callback.Set(Attr.CallbackAttempts, attempts.ToString(CultureInfo.InvariantCulture));
        TakeFromAgent(callback, SnoozedStateText, wait: false);
        var epoch = callback.Epoch;
        After(duration, () =>
        {
            if (callback.Epoch != epoch || callback.Deallocated)
            {
                return;
            }

            callback.QueueSequence = _nextQueueSequence++;
            SetState(callback, CallStates.Offering, "ACD - Wait Agent");
            callback.Workgroup!.Waiting.Add(callback);
        });
    }

    private void Complete(Interaction callback, bool success)
    {
        var name = success ? "Success" : "Failure";
        callback.Set(Attr.CallbackCompletion, _options.Callbacks.CompletionAsNumber ? (success ? "1" : "2") : name);
        callback.Set(Attr.CallbackCompletionDisplay, name);
        DisconnectCall(callback, remote: false);
    }

    private Interaction FindOwnedCallback(Session session, string interactionId)
    {
        var callback = FindOwned(session, interactionId);
        return callback.IsCallback
            ? callback
            : throw new IcwsErrorException(400, ErrorIds.NotACallback, $"The interaction {interactionId} is not a callback.");
    }
}
