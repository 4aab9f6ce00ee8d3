namespace PureConnect.Grains.Calls;

/// <summary>The transfer side of one interaction: a consult in progress, and once it left the agent, where to and when (the first
/// transfer, where the call log's duration ends); whether the leg of its current owner was transferred.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.TransferState")]
public sealed record TransferState
{
    public static readonly TransferState Initial = new();

    [Id(0)]
    public TransferTarget? ConsultTarget { get; init; }
    [Id(1)]
    public ConsultMode? Mode { get; init; }
    [Id(2)]
    public TransferTarget? TransferredTo { get; init; }
    /// <summary>Where the call log's Call Duration ends.</summary>
    [Id(3)]
    public DateTimeOffset? TransferredAt { get; init; }

    /// <summary>CIC's id of the consult in progress and its interaction with the consulted party.</summary>
    [Id(4)]
    public string? ConsultId { get; init; }

    [Id(5)]
    public string? ConsultInteractionId { get; init; }

    /// <summary>The current owner's leg was transferred; a new leg begins when the call is assigned to or rings at a user.</summary>
    [Id(6)]
    public bool LegTransferred { get; init; }

    public bool Consulting => ConsultTarget is not null;
}
