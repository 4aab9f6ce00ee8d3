namespace PureConnect.Simulators.CicServer.Messages;

/// <summary>The callback subscription's message (facts §5.2, channels facts §3.2): the number to call back, the subject, who asked,
/// the retries made and allowed, the call placed from it, and whether it is snoozed.</summary>
public sealed record CallbackMessage(
    bool IsDelta,
    string InteractionId,
    string Target,
    string Subject,
    string Name,
    int Attempts,
    int MaxAttempts,
    string AssociatedCallId,
    bool Snoozed) : IcwsMessage(IsDelta);
