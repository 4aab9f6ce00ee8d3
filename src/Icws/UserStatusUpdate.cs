namespace PureConnect.Icws;

/// <summary>Body of a status change.</summary>
public sealed record UserStatusUpdate(string StatusId, string? Notes = null, string? ForwardNumber = null, StatusUntil? Until = null);
