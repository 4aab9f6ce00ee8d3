namespace PureConnect.Grains.Interactions;

public enum WrapUpStatus
{
    /// <summary>Waiting for the agent to pick a code.</summary>
    Open = 1,
    Assigned = 2,
    /// <summary>No code in time: the ambiguous code was assigned.</summary>
    TimedOut = 3,
}
