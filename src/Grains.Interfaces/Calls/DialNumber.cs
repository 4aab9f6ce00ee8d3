namespace PureConnect.Grains.Calls;

/// <summary>Dial a typed number (spec: "Make a call"), with the Advanced Dial section <paramref name="AdvancedOpen"/> or
/// closed; an account code and a workgroup count only when it is open.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialNumber")]
public sealed record DialNumber(string Number, bool AdvancedOpen, string? AccountCode = null, string? Workgroup = null);
