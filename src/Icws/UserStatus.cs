namespace PureConnect.Icws;

/// <summary>A user's current status. In a delta message only changed optional fields are set.</summary>
public sealed record UserStatus(
    string UserId,
    string StatusId,
    string? Notes,
    string? ForwardNumber,
    StatusUntil? Until,
    bool? OnPhone,
    DateTimeOffset? OnPhoneChanged,
    DateTimeOffset? StatusChanged,
    IReadOnlyList<string> Stations,
    bool? LoggedIn);
