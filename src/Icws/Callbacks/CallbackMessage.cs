namespace PureConnect.Icws.Messages;

/// <summary><c>callbackMessage</c> of the callback subscription (facts §5.2, channels facts §3.2): the number to call back
/// (<c>target</c>), the subject, who asked, the retries made and allowed, the call placed from it and whether it is snoozed.
/// Fields the server left out are null.</summary>
public sealed record CallbackMessage(
    string InteractionId, string? Target, string? Subject, string? Name, int? Attempts, int? MaxAttempts, string? AssociatedCallId, bool? Snoozed)
    : IcwsMessage(IcwsMessageTypes.Callback, false);
