namespace PureConnect.Replay.Reading;

/// <summary>What a replay skipped: events of types this version does not know (a newer writer's), and payloads it could not read.</summary>
public sealed class ReplayIssues
{
    private readonly SortedDictionary<string, int> _unknownTypes = new(StringComparer.Ordinal);
    private readonly List<CorruptEvent> _corrupt = [];

    public IReadOnlyDictionary<string, int> UnknownTypes => _unknownTypes;

    public int UnknownCount => _unknownTypes.Values.Sum();

    public IReadOnlyList<CorruptEvent> Corrupt => _corrupt;

    public void AddUnknown(string eventType) => _unknownTypes[eventType] = _unknownTypes.GetValueOrDefault(eventType) + 1;

    public void AddCorrupt(CorruptEvent corrupt) => _corrupt.Add(corrupt);
}

/// <summary>A stored event whose payload does not read as its type.</summary>
public sealed record CorruptEvent(string StreamId, long StreamVersion, string EventType, string Reason);
