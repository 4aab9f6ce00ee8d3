namespace PureConnect.Simulators.CicServer.Engine;

// Read-only views of the call controls, for the control API and engine tests. Deliberately grouped.

public sealed record AttendantProfile(string Name, bool AllowTransfer, string? Workgroup);

public sealed record AccountCode(string Id, string Description);

/// <summary>A consult transfer. <c>Status</c>: Active, Concluded or Cancelled.</summary>
public sealed record ConsultSnapshot(
    string ConsultId, string InteractionId, string ConsultInteractionId, string? ConsultedInteractionId, string Target, string Status,
    bool OriginalParty, bool ConsultedParty);

public sealed record ConferenceSnapshot(
    string ConferenceId, string UserId, IReadOnlyList<string> Members, IReadOnlyList<string> ActiveMembers, bool OwnerPresent, bool Ended);

/// <summary>An ad hoc (<c>Kind</c> AdHoc) or snippet (Snippet) recording; an ad hoc one merged into a snippet names it.</summary>
public sealed record RecordingSnapshot(
    string RecordingId, string InteractionId, string Kind, string UserId, bool Supervisor, DateTimeOffset StartedAt,
    DateTimeOffset? StoppedAt, string? MergedInto);

public sealed record SecurePauseSnapshot(string InteractionId, string UserId, DateTimeOffset StartedAt, DateTimeOffset ResumesAt, DateTimeOffset? EndedAt);

public sealed record DtmfSent(string InteractionId, string Digits, string UserId, DateTimeOffset SentAt);

/// <summary>A request for supervisor assistance. <c>Status</c>: Active or Completed.</summary>
public sealed record AssistanceRequest(
    string RequestId, string InteractionId, string UserId, string Workgroup, string? Notes, DateTimeOffset RequestedAt, string Status);

/// <summary>
/// One match of a directory lookup. <c>LookupEntryType</c>: 1 user, 5 attendant profile, 6 workgroup (ICWS
/// <c>lookupEntryType</c>). <c>StatusId</c>, <c>OnPhone</c>, <c>LoggedIn</c> (users) and <c>AllowsTransfer</c> are the
/// simulator's additions ([U]: where a real server reports them in a lookup is not known).
/// </summary>
public sealed record LookupEntry(
    int LookupEntryType, string EntryId, string DisplayName, string? FirstName, string? LastName, string? Extension, bool IsActive,
    string? StatusId, bool? OnPhone, bool? LoggedIn, bool? AllowsTransfer);

public sealed record LookupResult(IReadOnlyList<LookupEntry> Entries, bool MoreEntriesMatched);
