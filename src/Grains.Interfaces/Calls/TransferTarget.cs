namespace PureConnect.Grains.Calls;

/// <summary>Who or what an interaction is transferred to: a directory entry picked by name, or typed digits.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.TransferTarget")]
public sealed record TransferTarget(TransferTargetKind Kind, string Address);
