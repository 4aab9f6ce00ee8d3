namespace PureConnect.Icws;

// Results and options of the call-control commands. Deliberately grouped.

/// <summary>A started consult: its id and the new interaction between the agent and the consulted party.</summary>
public sealed record ConsultStarted(string ConsultId, string ConsultInteractionId);

/// <summary>Who the agent talks to during a consult ("Both" and "Neither" in the help).</summary>
[Flags]
public enum ConsultAudience
{
    /// <summary>Both parties on hold.</summary>
    Neither = 0,

    /// <summary>The original party.</summary>
    OriginalParty = 1,

    /// <summary>The consulted party.</summary>
    ConsultedParty = 2,

    /// <summary>A three-way call.</summary>
    Both = OriginalParty | ConsultedParty,
}

/// <summary><c>securePauseType</c> of <c>secure-pause</c>.</summary>
public enum SecurePauseType
{
    /// <summary>Pause for the length the administrator configured.</summary>
    DefaultTimeout = 1,

    /// <summary>Pause until resumed (the server may still cap it).</summary>
    InfiniteTimeout = 2,

    /// <summary>Pause for the given duration.</summary>
    SpecifiedTimeout = 3,

    /// <summary>Resume recording.</summary>
    ResumeRecording = 4,
}

/// <summary>Kind of a directory lookup entry (ICWS <c>lookupEntryType</c>).</summary>
public enum LookupEntryType
{
    /// <summary>Unknown or none.</summary>
    None = 0,

    /// <summary>A CIC user.</summary>
    User = 1,

    /// <summary>A standalone phone.</summary>
    StandalonePhone = 2,

    /// <summary>A station.</summary>
    Station = 3,

    /// <summary>A station group.</summary>
    StationGroup = 4,

    /// <summary>An Interaction Attendant profile.</summary>
    AttendantProfile = 5,

    /// <summary>An ACD workgroup.</summary>
    Workgroup = 6,
}

/// <summary>One match of a directory lookup; status, on-phone, logged-in and transfer flags are null when the server does not send them.</summary>
public sealed record DirectoryEntry(
    LookupEntryType Type, string Id, string DisplayName, string? Extension, string? StatusId, bool? OnPhone, bool? LoggedIn, bool? AllowsTransfer);

/// <summary>The matches of a directory lookup and whether more matched than were returned.</summary>
public sealed record DirectorySearchResult(IReadOnlyList<DirectoryEntry> Entries, bool MoreResultsAvailable);

/// <summary>An account code for Advanced Dial.</summary>
public sealed record AccountCode(string Id, string Description);

/// <summary>The account codes and whether account codes are enabled (null when the server does not say).</summary>
public sealed record AccountCodes(bool? Enabled, IReadOnlyList<AccountCode> Codes);
