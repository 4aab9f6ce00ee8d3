namespace PureConnect.Grains.Calls;

/// <summary>Who the agent speaks with during a consult transfer.</summary>
public enum ConsultMode
{
    /// <summary>The consulted party; the original caller is on hold.</summary>
    Consulting = 1,
    /// <summary>All three participants.</summary>
    Both = 2,
    /// <summary>Nobody: both participants are on hold.</summary>
    Neither = 3,
}
