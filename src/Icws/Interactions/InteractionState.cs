namespace PureConnect.Icws.Interactions;

/// <summary>State of an interaction, from the one-letter <c>Eic_State</c> attribute.</summary>
public enum InteractionState
{
    /// <summary>Not set (empty or unknown letter).</summary>
    None,

    /// <summary><c>A</c>: alerting.</summary>
    Alerting,

    /// <summary><c>C</c>: connected.</summary>
    Connected,

    /// <summary><c>H</c>: held.</summary>
    Held,

    /// <summary><c>M</c>: in the voice mail system.</summary>
    Messaging,

    /// <summary><c>O</c>: offering.</summary>
    Offering,

    /// <summary><c>P</c>: parked.</summary>
    Parked,

    /// <summary><c>R</c>: proceeding (outgoing, awaiting answer).</summary>
    Proceeding,

    /// <summary><c>X</c>: suspended by the system for a higher-priority ACD interaction (treat like held).</summary>
    Suspended,

    /// <summary><c>S</c>: system (dialing, initializing, station audio...).</summary>
    System,

    /// <summary><c>I</c>: disconnected locally.</summary>
    InternalDisconnect,

    /// <summary><c>E</c>: disconnected remotely.</summary>
    ExternalDisconnect,
}
