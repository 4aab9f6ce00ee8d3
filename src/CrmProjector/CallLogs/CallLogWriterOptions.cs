namespace PureConnect.CrmProjector.CallLogs;

/// <summary>The call-log group commit (configuration section <c>CallLogWriter</c>).</summary>
public sealed class CallLogWriterOptions
{
    /// <summary>
    /// How long the writer gathers folds after the first one arrives before it writes them in one transaction. Without it a
    /// batch holds what arrived during the previous round trip (about 4 rows at 200 calls/s: two statements and a commit
    /// for every 4 events); with it, many more. A fold waits this much longer for its row (the projector's work is not on an
    /// agent's screen). Zero writes at once.
    /// </summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(10);
}
