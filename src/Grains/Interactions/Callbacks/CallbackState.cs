namespace PureConnect.Grains.Interactions.Callbacks;

/// <summary>A callback's request, attempts and outcome. <see cref="Called"/>: the number was called since the callback last
/// reached an agent (the form's buttons wait for it).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CallbackState")]
public sealed record CallbackState
{
    public static readonly CallbackState Initial = new();

    [Id(0)]
    public string Phone { get; init; } = "";
    [Id(1)]
    public string Message { get; init; } = "";
    [Id(2)]
    public int Attempts { get; init; }
    [Id(3)]
    public int? MaxAttempts { get; init; }
    [Id(4)]
    public string? CallId { get; init; }
    [Id(5)]
    public bool Called { get; init; }
    [Id(6)]
    public CallbackOutcome? Outcome { get; init; }
}
