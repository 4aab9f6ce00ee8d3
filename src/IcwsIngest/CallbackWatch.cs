using PureConnect.Grains.Interactions.Callbacks;
using PureConnect.Icws.Messages;

namespace PureConnect.IcwsIngest;

/// <summary>
/// The callbacks the monitoring session watches: a live callback seen on a watched queue is subscribed to once (facts §5.2), and its
/// <c>callbackMessage</c>s go to its interaction grain under the key the queue gave it. A session's watch starts empty, so after a
/// reconnection every callback still on a queue is subscribed to again (the rules ignore what they already know).
/// </summary>
public sealed class CallbackWatch(Func<string, CancellationToken, Task>? subscribe = null) : InteractionWatch(subscribe)
{
    /// <summary><c>Eic_ObjectType</c> of a callback (channels facts §0, [2nd]).</summary>
    public const string ObjectType = "Callback";

    /// <summary>An empty number or call id says nothing; texts from CIC are cleaned of control characters, like every text that comes in.</summary>
    public static CallbackObservation ToObservation(CallbackMessage message, DateTimeOffset at) => new(
        string.IsNullOrEmpty(message.Target) ? null : Grains.Text.ControlCharacters.Strip(message.Target),
        message.Subject is null ? null : Grains.Text.ControlCharacters.Strip(message.Subject),
        string.IsNullOrEmpty(message.AssociatedCallId) ? null : message.AssociatedCallId,
        message.Attempts,
        message.MaxAttempts,
        at);
}
