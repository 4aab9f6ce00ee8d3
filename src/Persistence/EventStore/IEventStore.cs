namespace PureConnect.Persistence.EventStore;

/// <summary>
/// The append-only event store on PostgreSQL: one table of events, streams identified by a string id,
/// optimistic concurrency on the stream version (the number of events in the stream; the first event
/// has version 1), a global position for readers of all streams.
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Appends <paramref name="events"/> to the stream if its current version equals
    /// <paramref name="expectedVersion"/> (0 for a new stream). One database round trip, atomic.
    /// Re-submitting a batch whose event ids are already the stream's latest events is recognised as a
    /// duplicate and reported as <see cref="AppendOutcome.AlreadyAppended"/>, never stored twice.
    /// </summary>
    /// <remarks>
    /// The PostgreSQL store recognises a batch whose event ids are all anywhere in the stream (whatever the
    /// expected version) and then returns the version of the batch's last event; a batch of which only some
    /// ids are in the stream is an error. A conflict is <see cref="AppendOutcome.WrongExpectedVersion"/>
    /// with the actual version, never an exception, and leaves the stream unchanged.
    /// </remarks>
    Task<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default);

    /// <summary>Reads the events of one stream with version greater than <paramref name="afterVersion"/>, in order.</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default);

    /// <summary>Current version of a stream (0 when it has no events).</summary>
    Task<long> GetStreamVersionAsync(string streamId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads events of all streams in global order (<see cref="GlobalCheckpoint"/>: by committing transaction,
    /// then position) after <paramref name="after"/>. Gap-safe: only transactions older than every transaction
    /// still in flight are returned, and any transaction that commits later sorts after them, so a reader that
    /// checkpoints the last event it got never skips one.
    /// </summary>
    Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(GlobalCheckpoint after, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// What an activation needs, in one round trip and one consistent read: the stream's snapshot of
    /// <paramref name="snapshotType"/> (null when there is none of that type) and the events after it (all events without one).
    /// </summary>
    Task<StreamTail> ReadLatestAsync(string streamId, string snapshotType, CancellationToken cancellationToken = default);

    /// <summary>Latest snapshot of a stream, or null.</summary>
    Task<Snapshot?> ReadSnapshotAsync(string streamId, CancellationToken cancellationToken = default);

    /// <summary>Stores a snapshot (replacing an older one; an older version never replaces a newer one).</summary>
    Task WriteSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken = default);
}

/// <summary>An event to append: a stable id (idempotency), a stable type name, a JSON payload and metadata.</summary>
public sealed record EventData(Guid EventId, string EventType, string JsonPayload, EventMetadata Metadata);

/// <summary>Who caused an event and which conversation it belongs to.</summary>
public sealed record EventMetadata(Guid? CausationId = null, Guid? CorrelationId = null, string? Source = null)
{
    public static readonly EventMetadata Empty = new();
}

/// <summary>An event as stored.</summary>
public sealed record RecordedEvent(
    Guid EventId,
    string StreamId,
    long StreamVersion,
    long GlobalPosition,
    string EventType,
    string JsonPayload,
    EventMetadata Metadata,
    DateTimeOffset RecordedAt,
    ulong TransactionId)
{
    /// <summary>Where a reader of all streams stands after this event.</summary>
    public GlobalCheckpoint Checkpoint => new(TransactionId, GlobalPosition);
}

/// <summary>
/// A place in the global order of all events: the id of the transaction that stored the event, then its
/// position. Positions are allocated before commit, so position order alone can change under a reader;
/// transaction order cannot for any transaction older than the oldest one still running.
/// </summary>
public readonly record struct GlobalCheckpoint(ulong TransactionId, long Position) : IComparable<GlobalCheckpoint>
{
    public static readonly GlobalCheckpoint Start = new(0, 0);

    public int CompareTo(GlobalCheckpoint other) =>
        TransactionId != other.TransactionId ? TransactionId.CompareTo(other.TransactionId) : Position.CompareTo(other.Position);
}

/// <summary>A stream's latest snapshot of one type (or null) and the events after it, in order.</summary>
public sealed record StreamTail(Snapshot? Snapshot, IReadOnlyList<RecordedEvent> Events);

/// <summary>Folded state of a stream up to <see cref="StreamVersion"/>, with the schema name of its JSON.</summary>
public sealed record Snapshot(string StreamId, long StreamVersion, string SnapshotType, string JsonPayload);

public enum AppendOutcome
{
    Appended,
    AlreadyAppended,
    WrongExpectedVersion,
}

/// <summary>Result of an append: the outcome and the stream's version after it (or its actual version on a conflict).</summary>
public sealed record AppendResult(AppendOutcome Outcome, long StreamVersion);
