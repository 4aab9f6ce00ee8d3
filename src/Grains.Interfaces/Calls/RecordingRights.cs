namespace PureConnect.Grains.Calls;

/// <summary>What CIC grants an agent for recording (spec: "Recording Types"): the Record Interactions right for ad hoc
/// recordings; the Snip Interactions right plus a Recorder Access license, held by the agent or by the station, for
/// snippets.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.RecordingRights")]
public sealed record RecordingRights(bool RecordInteractions, bool SnipInteractions, bool UserRecorderAccess, bool StationRecorderAccess)
{
    public bool CanRecord => RecordInteractions;
    public bool HasRecorderAccess => UserRecorderAccess || StationRecorderAccess;
    public bool CanSnip => SnipInteractions && HasRecorderAccess;
}
