namespace PureConnect.Icws.Messaging;

/// <summary>What one opening of the event stream achieved; decides whether it counts as a failure.</summary>
internal sealed class EventStreamAttempt
{
    /// <summary>At least one event arrived.</summary>
    public bool Received { get; set; }

    /// <summary>The stream stayed open but silent for the idle timeout and was recycled.</summary>
    public bool IdledOut { get; set; }

    /// <summary>The server answered with something other than an event stream (it does not do SSE).</summary>
    public bool NotSupported { get; set; }

    public bool Succeeded => Received || IdledOut;
}
