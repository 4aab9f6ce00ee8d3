namespace PureConnect.Grains.Interactions;

/// <summary>Call-control settings of the call center (configuration section <c>CallControls</c>).</summary>
public sealed class CallControlOptions
{
    /// <summary>The secure-pause length configured on CIC (Interaction Recorder); a pause counts down from it and a second press starts it
    /// over. ICWS does not report it, so it is set here to match the server.</summary>
    public TimeSpan SecurePauseLength { get; set; } = TimeSpan.FromSeconds(60);
}
