namespace PureConnect.Icws;

/// <summary>When a status ends; which parts apply is given by <see cref="HasDate"/> and <see cref="HasTime"/>.</summary>
public sealed record StatusUntil(DateTimeOffset UntilDateTime, bool HasDate, bool HasTime);
