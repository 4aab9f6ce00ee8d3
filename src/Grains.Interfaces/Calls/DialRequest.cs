namespace PureConnect.Grains.Calls;

/// <summary>A validated call to place: the number trimmed, the account code and the workgroup as CIC spells them, or null.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialRequest")]
public sealed record DialRequest(string Number, string? AccountCode, string? Workgroup);
