namespace PureConnect.CrmProjector.CallLogs;

/// <summary>Pacing of the Salesforce sync (configuration section <c>CallLogSync</c>).</summary>
public sealed class CallLogSyncOptions
{
    /// <summary>Time between rounds: the coalescing window for rapid changes of one Task.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ErrorBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First hold after Salesforce reports the API limit exhausted; it doubles with every refusal in a row up to
    /// <see cref="MaxLimitBackoff"/>, is shortened by the usage the org reports, and starts over after a success
    /// (<see cref="PureConnect.Salesforce.ApiLimitBackoff"/>).</summary>
    public TimeSpan LimitBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest hold while the API limit stays exhausted.</summary>
    public TimeSpan MaxLimitBackoff { get; set; } = TimeSpan.FromMinutes(10);
}
