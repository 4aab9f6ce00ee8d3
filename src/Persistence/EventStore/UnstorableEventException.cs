namespace PureConnect.Persistence.EventStore;

/// <summary>
/// An append that can never succeed, whatever the retries: its text cannot be stored (PostgreSQL's
/// <c>jsonb</c> and <c>text</c> refuse the NUL character, for example). Only that append fails; the
/// message names the stream and the reason, never the payload.
/// </summary>
public sealed class UnstorableEventException : Exception
{
    public UnstorableEventException()
        : base("The event cannot be stored.")
    {
        StreamId = "";
    }

    public UnstorableEventException(string message)
        : base(message)
    {
        StreamId = "";
    }

    public UnstorableEventException(string message, Exception innerException)
        : base(message, innerException)
    {
        StreamId = "";
    }

    public UnstorableEventException(string streamId, string reason, Exception? innerException = null)
        : base($"An event for stream '{streamId}' cannot be stored: {reason}.", innerException)
    {
        StreamId = streamId;
    }

    /// <summary>The stream the append was for.</summary>
    public string StreamId { get; }
}
