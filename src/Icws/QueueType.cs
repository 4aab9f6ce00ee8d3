namespace PureConnect.Icws;

/// <summary>Kind of an ICWS queue (travels as an integer).</summary>
public enum QueueType
{
    /// <summary>Special queue holding a user's or station's interactions.</summary>
    System = 0,

    /// <summary>A user's queue.</summary>
    User = 1,

    /// <summary>A workgroup (ACD) queue.</summary>
    Workgroup = 2,

    /// <summary>A station queue.</summary>
    Station = 3,
}
