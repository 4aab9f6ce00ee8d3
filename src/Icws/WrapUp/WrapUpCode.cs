namespace PureConnect.Icws;

/// <summary>A wrap-up code: its configuration id (sent as <c>code</c> in an assignment) and its display text.</summary>
public sealed record WrapUpCode(string Id, string Label);
