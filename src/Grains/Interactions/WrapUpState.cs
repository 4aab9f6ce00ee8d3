namespace PureConnect.Grains.Interactions;

/// <summary>The wrap-up part of an interaction's state: the prompt, and once settled, its code.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.WrapUpState")]
public sealed record WrapUpState
{
    [Id(0)]
    public string UserId { get; init; } = "";
    [Id(1)]
    public IReadOnlyList<WrapUpCodeOption> Codes { get; init; } = [];
    [Id(2)]
    public string AmbiguousCode { get; init; } = "";
    [Id(3)]
    public DateTimeOffset Deadline { get; init; }
    [Id(4)]
    public WrapUpStatus Status { get; init; }
    [Id(5)]
    public string? Code { get; init; }
    [Id(6)]
    public string? AssignedBy { get; init; }

    public bool IsOpen => Status == WrapUpStatus.Open;
}
