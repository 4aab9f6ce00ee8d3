namespace PureConnect.Grains.Interactions;

/// <summary>The call-log settings the grains need (configuration section <c>CallLogs</c>, shared with the CRM projector).</summary>
public sealed class CallLogEditOptions
{
    /// <summary>How long after the disconnect the agent may still update the call log.</summary>
    public TimeSpan EditWindow { get; set; } = TimeSpan.FromMinutes(2);
}
