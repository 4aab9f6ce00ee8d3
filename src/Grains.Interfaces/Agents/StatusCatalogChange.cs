namespace PureConnect.Grains.Agents;

/// <summary>A status (presence) defined on the CIC server, as the ingest passes it on (ICWS <c>statusMessage</c>, §6.1).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.StatusDefinition")]
public sealed record StatusDefinition(
    [property: Id(0)] string StatusId,
    [property: Id(1)] string MessageText,
    [property: Id(2)] string? IconUri,
    [property: Id(3)] string? GroupTag,
    [property: Id(4)] bool CanHaveDate,
    [property: Id(5)] bool CanHaveTime,
    [property: Id(6)] bool IsDoNotDisturbStatus,
    [property: Id(7)] bool IsSelectableStatus,
    [property: Id(8)] bool IsPersistentStatus,
    [property: Id(9)] bool IsForwardStatus,
    [property: Id(10)] bool IsAfterCallWorkStatus,
    [property: Id(11)] bool IsAcdStatus,
    [property: Id(12)] bool IsAllowFollowUpStatus,
    [property: Id(13)] string? SystemId);

/// <summary>
/// The CIC status catalogue changed (<c>statusMessagesMessage</c>): a full list (<see cref="IsSnapshot"/>: replaces the
/// catalogue), or a delta whose changed entries are complete replacements and whose removed ids are deleted.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.StatusCatalogChange")]
public sealed record StatusCatalogChange(
    [property: Id(0)] bool IsSnapshot,
    [property: Id(1)] IReadOnlyList<StatusDefinition> Added,
    [property: Id(2)] IReadOnlyList<StatusDefinition> Changed,
    [property: Id(3)] IReadOnlyList<string> Removed);
