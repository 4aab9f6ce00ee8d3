using PureConnect.Persistence.EventStore;
using PureConnect.Replay.Reading;

namespace PureConnect.Replay.Export;

/// <summary>One stored event as a row of the <c>events</c> data set.</summary>
public sealed record EventRow(RecordedEvent Stored, DateTimeOffset OccurredAt)
{
    public const string DataSet = "events";

    /// <summary>agent, interaction, or other (a stream the grains do not name so).</summary>
    public string StreamKind =>
        StreamIds.AgentIdOf(Stored.StreamId) is not null ? "agent"
        : StreamIds.InteractionKeyOf(Stored.StreamId) is not null ? "interaction"
        : "other";

    public static readonly IReadOnlyList<ParquetColumn<EventRow>> Columns =
    [
        new NumberColumn<EventRow, long>("global_position", r => r.Stored.GlobalPosition),
        new NumberColumn<EventRow, long>("transaction_id", r => checked((long)r.Stored.TransactionId)),
        new TextColumn<EventRow>("stream_id", r => r.Stored.StreamId),
        new TextColumn<EventRow>("stream_kind", r => r.StreamKind),
        new NumberColumn<EventRow, long>("stream_version", r => r.Stored.StreamVersion),
        new TextColumn<EventRow>("event_type", r => r.Stored.EventType),
        new TextColumn<EventRow>("event_id", r => r.Stored.EventId.ToString()),
        new UtcTimeColumn<EventRow>("occurred_at", r => r.OccurredAt),
        new UtcTimeColumn<EventRow>("recorded_at", r => r.Stored.RecordedAt),
        new TextColumn<EventRow>("payload", r => r.Stored.JsonPayload),
        new TextColumn<EventRow>("correlation_id", r => r.Stored.Metadata.CorrelationId?.ToString()),
        new TextColumn<EventRow>("causation_id", r => r.Stored.Metadata.CausationId?.ToString()),
        new TextColumn<EventRow>("source", r => r.Stored.Metadata.Source),
    ];
}
