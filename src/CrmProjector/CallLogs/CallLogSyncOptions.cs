namespace PureConnect.CrmProjector.CallLogs;

/// <summary>Pacing of the Salesforce sync (configuration section <c>CallLogSync</c>).</summary>
public sealed class CallLogSyncOptions
{
    /// <summary>Time between rounds: the coalescing window for rapid changes of one Task.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ErrorBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Hold after Salesforce reports the daily API limit exhausted.</summary>
    public TimeSpan LimitBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>When a record Salesforce refused (validation) is tried again.</summary>
    public TimeSpan RefusedRetry { get; set; } = TimeSpan.FromMinutes(10);
}
