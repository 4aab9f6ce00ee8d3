using PureConnect.Grains.Agents;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;
using PureConnect.Persistence.EventStore;
using PureConnect.Replay.Reading;
using PureConnect.Replay.Reports;

namespace PureConnect.Replay.UnitTests.Infrastructure;

/// <summary>An event log in memory, stored as the event store would store it (names, JSON, versions, positions), replayed into a report.</summary>
public sealed class TestLog
{
    public static readonly EventSerializer Serializer = EventSerializer.ForContracts();
    public static readonly DateTimeOffset Day = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<RecordedEvent> _events = [];
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);

    public IReadOnlyList<RecordedEvent> Events => _events;

    public TestLog Interaction(string key, params InteractionEvent[] events)
    {
        foreach (var @event in events)
        {
            Store(StreamIds.OfInteraction(key), Serializer.NameOf(@event), Serializer.Serialize(@event));
        }

        return this;
    }

    public TestLog Agent(string userId, params AgentEvent[] events)
    {
        foreach (var @event in events)
        {
            Store($"agent-{userId}", Serializer.NameOf(@event), Serializer.Serialize(@event));
        }

        return this;
    }

    /// <summary>Stores an event as it is, whatever its type and payload.</summary>
    public TestLog Store(string streamId, string eventType, string json)
    {
        var version = _versions[streamId] = _versions.GetValueOrDefault(streamId) + 1;
        var position = _events.Count + 1;
        _events.Add(new RecordedEvent(Guid.NewGuid(), streamId, version, position, eventType, json,
            new EventMetadata(CorrelationId: Guid.NewGuid()), Day, (ulong)(1000 + position)));
        return this;
    }

    public ReplaySession Session(IReport report, ReportRange? range = null, int pageSize = int.MaxValue)
    {
        var session = new ReplaySession(report, range ?? ReportRange.All, Serializer);
        foreach (var page in _events.Chunk(pageSize))
        {
            session.Accept(page);
        }

        return session;
    }

    public ReportTable Replay(IReport report, ReportRange? range = null, int pageSize = int.MaxValue) => Session(report, range, pageSize).Finish();
}
