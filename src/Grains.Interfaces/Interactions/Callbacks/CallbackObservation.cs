namespace PureConnect.Grains.Interactions.Callbacks;

/// <summary>What one <c>callbackMessage</c> of CIC's callback subscription said (facts §5.2): the number to call back, the subject,
/// the call placed from it, the retries made and allowed; null where the message left a field out.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallbackObservation")]
public sealed record CallbackObservation(
    string? Phone, string? Message, string? CallId, int? Attempts, int? MaxAttempts, DateTimeOffset ObservedAt);
