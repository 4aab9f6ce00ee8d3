namespace PureConnect.Grains.Interactions;

/// <summary>
/// The screen-pop decision for an alerting call (spec: Screen pop): <see cref="Kind"/> is <c>NewRecord</c> (no
/// match), <c>Record</c> (one match: <see cref="RecordId"/>, <see cref="RecordType"/>) or <c>SearchResults</c>
/// (several); <see cref="Url"/> is what the softphone opens.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ScreenPopView")]
public sealed record ScreenPopView(string Kind, string? RecordId, string? RecordType, string? RecordName, string SearchedNumber, int Matches, string? Url);
