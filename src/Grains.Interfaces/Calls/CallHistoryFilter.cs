namespace PureConnect.Grains.Calls;

/// <summary>The Call History view's filters (spec: "all your calls or ... missed, outgoing, answered, or forwarded").</summary>
public enum CallHistoryFilter
{
    All = 0,
    Missed = 1,
    Outgoing = 2,
    Answered = 3,
    Forwarded = 4,
}
