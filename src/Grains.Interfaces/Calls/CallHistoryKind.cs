namespace PureConnect.Grains.Calls;

/// <summary>How a call in the history went; the filters of the Call History view select by it.</summary>
public enum CallHistoryKind
{
    /// <summary>Incoming, still alerting: shown only under All.</summary>
    Ringing = 0,
    Answered = 1,
    /// <summary>Incoming, ended without being answered, transferred or sent to voicemail.</summary>
    Missed = 2,
    Outgoing = 3,
    /// <summary>Incoming, passed on: transferred or sent to voicemail.</summary>
    Forwarded = 4,
}
