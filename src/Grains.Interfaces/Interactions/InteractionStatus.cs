namespace PureConnect.Grains.Interactions;

/// <summary>Where an interaction is in its life, as the softphone shows it.</summary>
public enum InteractionStatus
{
    Unknown = 0,
    /// <summary>Waiting in a workgroup queue for an agent.</summary>
    Offering = 1,
    /// <summary>Ringing at an agent.</summary>
    Alerting = 2,
    /// <summary>Outbound call placed, waiting for the far end.</summary>
    Dialing = 3,
    Connected = 4,
    Held = 5,
    /// <summary>In the voice-mail system.</summary>
    Voicemail = 6,
    Disconnected = 7,
}
