namespace PureConnect.Grains.Calls;

/// <summary>The kinds of transfer recipient (spec: "Transfer an interaction to an agent, outside number, workgroup, or
/// Attendant profile").</summary>
public enum TransferTargetKind
{
    User = 1,
    Workgroup = 2,
    AttendantProfile = 3,
    OutsideNumber = 4,
    /// <summary>Another agent's voicemail: never allowed in this integration, named so that it can be refused clearly.</summary>
    UserVoicemail = 5,
}
