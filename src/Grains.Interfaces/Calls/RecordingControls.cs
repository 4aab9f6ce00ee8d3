namespace PureConnect.Grains.Calls;

/// <summary>The Record and Snip buttons as the softphone draws them: shown (the agent has the rights), bright (pressing
/// would be accepted) and marked with the blue bar (a recording the button controls is running).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.RecordingControls")]
public sealed record RecordingControls(
    bool RecordVisible,
    bool RecordEnabled,
    bool RecordActive,
    bool SnipVisible,
    bool SnipEnabled,
    bool SnipActive);
