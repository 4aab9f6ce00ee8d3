namespace PureConnect.Grains.Interactions.Callbacks;

/// <summary>The callback attributes of an observation (null: not carried, so nothing is concluded).</summary>
public sealed record ObservedCallback(string? Phone, string? Message, CallbackOutcome? Outcome, string? CallId, int? Attempts, int? MaxAttempts);
