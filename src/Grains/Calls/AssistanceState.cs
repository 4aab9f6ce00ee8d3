namespace PureConnect.Grains.Calls;

/// <summary>Assistance requests on one interaction: whether one is open, and how many were made.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AssistanceState")]
public sealed record AssistanceState
{
    public static readonly AssistanceState Initial = new();

    [Id(0)]
    public bool Active { get; init; }
    [Id(1)]
    public int Requests { get; init; }
}
