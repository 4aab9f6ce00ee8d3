namespace PureConnect.Simulators.CicServer.Contracts;

// Wire shapes of the status resources (reference §6). Deliberately grouped.

public sealed record StatusMessage(
    string StatusId,
    string MessageText,
    string IconUri,
    string GroupTag,
    bool CanHaveDate,
    bool CanHaveTime,
    bool IsDoNotDisturbStatus,
    bool IsSelectableStatus,
    bool IsPersistentStatus,
    bool IsForwardStatus,
    bool IsAfterCallWorkStatus,
    bool IsAcdStatus,
    bool IsAllowFollowUpStatus,
    string SystemId);

public sealed record StatusMessageListResponse(IReadOnlyList<StatusMessage> StatusMessageList);

public sealed record StatusMessagesUserAccess(string UserId, IReadOnlyList<string> StatusMessages);

public sealed record UntilInfo(DateTimeOffset UntilDateTime, bool HasDate, bool HasTime);

public sealed record UserStatus(
    string UserId,
    string StatusId,
    string? Notes,
    string? ForwardNumber,
    UntilInfo? Until,
    bool OnPhone,
    DateTimeOffset OnPhoneChanged,
    DateTimeOffset StatusChanged,
    IReadOnlyList<string> Stations,
    IReadOnlyList<string> IcServers,
    bool LoggedIn);

public sealed record RequestIdResponse(string RequestId);
