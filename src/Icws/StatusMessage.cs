namespace PureConnect.Icws;

/// <summary>A status (presence) defined on the CIC server.</summary>
public sealed record StatusMessage(
    string StatusId,
    string MessageText,
    string? IconUri,
    string? GroupTag,
    bool CanHaveDate,
    bool CanHaveTime,
    bool IsDoNotDisturbStatus,
    bool IsSelectableStatus,
    bool IsPersistentStatus,
    bool IsForwardStatus,
    bool IsAfterCallWorkStatus,
    bool IsAcdStatus,
    bool IsAllowFollowUpStatus,
    string? SystemId);
