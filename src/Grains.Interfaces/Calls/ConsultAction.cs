namespace PureConnect.Grains.Calls;

/// <summary>The buttons of a consult in progress (spec: "Consult transfer a call", step 4).</summary>
public enum ConsultAction
{
    /// <summary>The consulted party agreed: the transfer completes.</summary>
    Complete = 1,
    /// <summary>Only the consulted party is disconnected; the original caller stays on hold.</summary>
    Disconnect = 2,
    Both = 3,
    Neither = 4,
}
