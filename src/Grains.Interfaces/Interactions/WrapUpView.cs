namespace PureConnect.Grains.Interactions;

/// <summary>The wrap-up of an interaction as clients see it: while <see cref="Status"/> is open, the form with its codes
/// and deadline; afterwards the assigned code.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.WrapUpView")]
public sealed record WrapUpView(
    WrapUpStatus Status,
    IReadOnlyList<WrapUpCodeOption> Codes,
    DateTimeOffset Deadline,
    string? Code,
    string? AssignedBy);
