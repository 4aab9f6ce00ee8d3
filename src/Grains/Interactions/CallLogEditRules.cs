using PureConnect.Grains.Agents;

namespace PureConnect.Grains.Interactions;

/// <summary>
/// Editing a call log (spec, Call logs: "Agents can continue to update call logs for a configurable amount of time after
/// the call disconnects, typically 2 minutes"; Call log details: Comments, Name, Related To, Subject). Pure: the edit is
/// judged at the time it was asked, against the window after the disconnect. Field rules follow Salesforce's Task: Subject
/// up to 255 characters, Comments (Description) up to 32,000, and a Lead as Name takes no Related To.
/// </summary>
public static class CallLogEditRules
{
    public const int MaxSubjectLength = 255;
    public const int MaxCommentsLength = 32_000;

    /// <summary>Until when the call log may change: open while the call is live (null), then the window after the disconnect.</summary>
    public static DateTimeOffset? EditableUntil(InteractionModel state, TimeSpan editWindow) =>
        state.DisconnectedAt is { } ended ? ended + editWindow : null;

    public static bool IsLocked(InteractionModel state, TimeSpan editWindow, DateTimeOffset at) =>
        EditableUntil(state, editWindow) is { } until && at >= until;

    /// <summary>The checks an edit must pass; null when it may be saved.</summary>
    public static CommandResult? Check(InteractionModel state, EditCallLog edit, TimeSpan editWindow, DateTimeOffset at)
    {
        if (!state.Discovered || state.UserId != edit.UserId)
        {
            return CommandResult.Fail("interaction.notFound", "That interaction is not yours.");
        }

        if (state.ConnectedAt is null)
        {
            return CommandResult.Fail("callLog.none", "This interaction never connected, so it has no call log to edit.");
        }

        if (IsLocked(state, editWindow, at))
        {
            return CommandResult.Fail("callLog.locked", "The time to update this call log has passed.");
        }

        if (edit.Subject is { Length: > MaxSubjectLength })
        {
            return CommandResult.Fail("callLog.invalid", $"The subject can have at most {MaxSubjectLength} characters.");
        }

        if (edit.Comments is { Length: > MaxCommentsLength })
        {
            return CommandResult.Fail("callLog.invalid", $"The comments can have at most {MaxCommentsLength:N0} characters.");
        }

        if (!IsRecordId(edit.WhoId) || !IsRecordId(edit.WhatId))
        {
            return CommandResult.Fail("callLog.invalid", "Name and Related To must be Salesforce record ids.");
        }

        return CallLogRecord.IsLeadId(edit.WhoId) && edit.WhatId is not null
            ? CommandResult.Fail("callLog.leadWithRelatedTo", "A call log whose Name is a lead cannot be related to another record.")
            : null;
    }

    /// <summary>The edit as an event, or nothing when it is refused or changes nothing.</summary>
    public static IReadOnlyList<InteractionEvent> Edit(InteractionModel state, EditCallLog edit, TimeSpan editWindow, DateTimeOffset at)
    {
        if (Check(state, edit, editWindow, at) is not null)
        {
            return [];
        }

        var normalized = Normalize(edit);
        var (who, what) = Association(state);
        var unchanged = state.CallLog is { } saved
            ? saved.Subject == normalized.Subject && saved.Comments == normalized.Comments && saved.WhoId == normalized.WhoId && saved.WhatId == normalized.WhatId
            : normalized.Subject is null && normalized.Comments is null && normalized.WhoId == who && normalized.WhatId == what;
        return unchanged ? [] : [new CallLogEdited(edit.UserId, normalized.Subject, normalized.Comments, normalized.WhoId, normalized.WhatId, at)];
    }

    /// <summary>Name and Related To: the saved ones, or before any edit the record a single screen-pop match named.</summary>
    public static (string? WhoId, string? WhatId) Association(InteractionModel state)
    {
        if (state.CallLog is { } saved)
        {
            return (saved.WhoId, saved.WhatId);
        }

        return state.Associated is { } associated ? (associated.WhoId, associated.WhatId) : state.ScreenPop?.DefaultAssociation() ?? (null, null);
    }

    /// <summary>Click-to-dial's record, once, before any edit; ids must look like Salesforce ids and a lead takes no Related To.</summary>
    public static IReadOnlyList<InteractionEvent> Associate(InteractionModel state, string? whoId, string? whatId, DateTimeOffset at) =>
        state.CallLog is null && state.Associated is null && (whoId is not null || whatId is not null)
        && IsRecordId(whoId) && IsRecordId(whatId) && !(CallLogRecord.IsLeadId(whoId) && whatId is not null)
            ? [new CallLogAssociated(whoId, whatId, at)]
            : [];

    public static CallLogView View(InteractionModel state, TimeSpan editWindow)
    {
        var (who, what) = Association(state);
        var records = state.ScreenPop?.Records ?? [];
        return new CallLogView(state.CallLog?.Subject, state.CallLog?.Comments, who, what, EditableUntil(state, editWindow),
            [.. records.Where(r => r.IsPerson)], [.. records.Where(r => !r.IsPerson)], state.CallLog is not null);
    }

    private static EditCallLog Normalize(EditCallLog edit) => edit with
    {
        Subject = Blank(edit.Subject)?.Trim(),
        Comments = Blank(edit.Comments),
        WhoId = Blank(edit.WhoId)?.Trim(),
        WhatId = Blank(edit.WhatId)?.Trim(),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>A Salesforce id: 15 or 18 letters and digits (or none).</summary>
    private static bool IsRecordId(string? id) =>
        string.IsNullOrWhiteSpace(id) || (id.Trim().Length is 15 or 18 && id.Trim().All(char.IsAsciiLetterOrDigit));
}
