namespace PureConnect.Grains.Interactions;

/// <summary>A wrap-up code an agent can pick: the CIC code id and its display text.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.WrapUpCodeOption")]
public sealed record WrapUpCodeOption(string Id, string Label);
