namespace PureConnect.Grains.Interactions;

/// <summary>
/// The screen-pop decision for an alerting call (spec: Screen pop): <see cref="Kind"/> is <c>NewRecord</c> (no
/// match), <c>Record</c> (one match: <see cref="RecordId"/>, <see cref="RecordType"/>) or <c>SearchResults</c>
/// (several); <see cref="Url"/> is what the softphone opens. <see cref="Records"/> are the matches (up to a cap), offered
/// as the call log's Name and Related To choices.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ScreenPopView")]
public sealed record ScreenPopView(string Kind, string? RecordId, string? RecordType, string? RecordName, string SearchedNumber, int Matches, string? Url,
    IReadOnlyList<CallLogRecord>? Records = null)
{
    /// <summary>One match pops that record and the call log names it: a person as Name (WhoId), anything else as Related To (WhatId).</summary>
    public (string? WhoId, string? WhatId) DefaultAssociation() =>
        Kind == "Record" && RecordId is { } id && RecordType is { } type
            ? new CallLogRecord(id, type, RecordName).IsPerson ? (id, null) : (null, id)
            : (null, null);
}
