namespace PureConnect.CrmProjector.ScreenPop;

/// <summary>What the softphone should open for an alerting call (spec: Screen pop).</summary>
public enum ScreenPopKind
{
    /// <summary>No screen pop (internal, conference, voicemail, outbound, or no caller id).</summary>
    None,
    /// <summary>No record matches the caller: open a new record.</summary>
    NewRecord,
    /// <summary>Exactly one record matches: open it.</summary>
    Record,
    /// <summary>Several records match: open the search results.</summary>
    SearchResults,
}

/// <summary>The decision, with the record to open (<see cref="ScreenPopKind.Record"/>) or the number searched.</summary>
public sealed record ScreenPopDecision(ScreenPopKind Kind, string? RecordId, string? RecordType, string SearchedNumber, int Matches);
