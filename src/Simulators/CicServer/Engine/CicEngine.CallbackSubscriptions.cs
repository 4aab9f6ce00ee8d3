using System.Globalization;
using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.Engine;

// The callback subscription (facts §5.2, channels facts §3.2): PUT messaging/subscriptions/interactions/{id}/callback answers 200
// and a callbackMessage with the callback as it is now; another follows whenever its attempts, call, completion or state change.
public sealed partial class CicEngine
{
    private static readonly string[] CallbackMessageAttributes =
        [Attr.State, Attr.CallStateString, Attr.CallbackAttempts, Attr.CallbackMaxAttempts, Attr.CallbackAssociatedCallId, Attr.CallbackCompletion];

    /// <summary>The owner, or a user who may monitor queues (the ingest's monitoring session; [U] which right CIC asks).</summary>
    public void SubscribeCallback(Session session, string interactionId) => Run(() =>
    {
        EnsureAlive(session);
        var callback = FindInteraction(interactionId);
        if (callback.User != session.User && !session.User.CanMonitorQueues)
        {
            throw NotYourInteraction(interactionId);
        }

        if (!callback.IsCallback)
        {
            throw new IcwsErrorException(400, ErrorIds.NotACallback, $"The interaction {interactionId} is not a callback.");
        }

        callback.CallbackSubscribers.Add(session);
        session.Enqueue(ToCallbackMessage(callback, isDelta: false));
    });

    public void UnsubscribeCallback(Session session, string interactionId) => Run(() =>
    {
        EnsureAlive(session);
        if (_interactions.TryGetValue(interactionId, out var callback))
        {
            callback.CallbackSubscribers.Remove(session);
        }
    });

    /// <summary>The users whose open sessions are subscribed to the callback (control API).</summary>
    public IReadOnlyList<string> CallbackSubscribers(string interactionId) => Run(() =>
    {
        var callback = FindForControl(interactionId);
        return (IReadOnlyList<string>)[.. callback.CallbackSubscribers.Where(s => !s.IsClosed).Select(s => s.UserId).Distinct(StringComparer.OrdinalIgnoreCase)];
    });

    private static void PublishCallbackChange(Interaction callback)
    {
        if (callback.CallbackSubscribers.Count == 0 || !CallbackMessageAttributes.Any(callback.ChangedAttributes.Contains))
        {
            return;
        }

        callback.CallbackSubscribers.RemoveWhere(s => s.IsClosed);
        foreach (var session in callback.CallbackSubscribers)
        {
            session.Enqueue(ToCallbackMessage(callback, isDelta: true));
        }
    }

    private static CallbackMessage ToCallbackMessage(Interaction callback, bool isDelta) => new(
        isDelta,
        callback.Id,
        callback.Get(Attr.CallbackPhone),
        callback.Get(Attr.Subject),
        callback.Get(Attr.RemoteName),
        int.TryParse(callback.Get(Attr.CallbackAttempts), NumberStyles.Integer, CultureInfo.InvariantCulture, out var attempts) ? attempts : 0,
        int.TryParse(callback.Get(Attr.CallbackMaxAttempts), NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) ? max : 0,
        callback.Get(Attr.CallbackAssociatedCallId),
        callback.Get(Attr.CallStateString) == SnoozedStateText);
}
