namespace PureConnect.Grains.Calls;

/// <summary>What the Disconnect button does to an interaction.</summary>
public enum DisconnectOutcome
{
    /// <summary>End the interaction.</summary>
    Disconnect = 1,
    /// <summary>Decline an alerting ACD interaction: it re-enters the workgroup queue; the caller stays on the line.</summary>
    ReturnToQueue = 2,
}
