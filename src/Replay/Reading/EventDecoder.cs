using System.Text.Json;
using PureConnect.Grains.EventSourcing;
using PureConnect.Persistence.EventStore;

namespace PureConnect.Replay.Reading;

/// <summary>Turns stored events into contract records; unknown types and unreadable payloads are noted in <see cref="Issues"/> and skipped.</summary>
public sealed class EventDecoder(EventSerializer serializer)
{
    public ReplayIssues Issues { get; } = new();

    public bool TryDecode(RecordedEvent stored, out ReplayedEvent? replayed)
    {
        replayed = null;
        try
        {
            if (!serializer.TryDeserialize(stored.EventType, stored.JsonPayload, out var @event))
            {
                Issues.AddUnknown(stored.EventType);
                return false;
            }

            replayed = new ReplayedEvent(stored.StreamId, stored.StreamVersion, stored.EventType, stored.RecordedAt, stored.Metadata, @event!);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            Issues.AddCorrupt(new CorruptEvent(stored.StreamId, stored.StreamVersion, stored.EventType, ex.Message));
            return false;
        }
    }
}
