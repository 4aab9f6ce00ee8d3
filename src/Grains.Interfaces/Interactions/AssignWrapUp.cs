namespace PureConnect.Grains.Interactions;

/// <summary>The agent <paramref name="UserId"/> picks wrap-up code <paramref name="Code"/> (spec: "Select the appropriate
/// wrap-up code within the time allowed. Click Assign.").</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AssignWrapUp")]
public sealed record AssignWrapUp(string UserId, string Code);
