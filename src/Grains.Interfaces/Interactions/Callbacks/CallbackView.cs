namespace PureConnect.Grains.Interactions.Callbacks;

/// <summary>The callback information form: the requester's details, the call placed from it, the retries, the outcome, and which
/// of the phone, Complete, Retry and Failure buttons the owner may use now.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallbackView")]
public sealed record CallbackView(
    string Phone,
    string Message,
    int Attempts,
    int? MaxAttempts,
    string? CallId,
    CallbackOutcome? Outcome,
    bool CanCallNumber,
    bool CanComplete,
    bool CanRetry,
    bool CanFail);
