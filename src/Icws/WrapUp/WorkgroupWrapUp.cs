namespace PureConnect.Icws;

/// <summary>A workgroup's wrap-up settings: the codes its agents pick from, the time they have, the code assigned on time-out.
/// No codes means calls from the workgroup need no wrap-up.</summary>
public sealed record WorkgroupWrapUp(string Workgroup, IReadOnlyList<WrapUpCode> Codes, TimeSpan TimeLimit, WrapUpCode? AmbiguousCode);
