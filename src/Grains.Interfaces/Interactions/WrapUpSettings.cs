namespace PureConnect.Grains.Interactions;

/// <summary>A workgroup's wrap-up settings as CIC configures them; no codes means no wrap-up.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.WrapUpSettings")]
public sealed record WrapUpSettings(IReadOnlyList<WrapUpCodeOption> Codes, TimeSpan TimeLimit, string AmbiguousCode);
