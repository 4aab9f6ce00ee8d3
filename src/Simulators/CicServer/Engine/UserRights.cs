namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>What a user may do with recordings and assistance: the Record Interactions and Snip Interactions rights,
/// the Recorder Access license, the Request Assistance from Supervisors right, the Intercom Chat right.</summary>
internal sealed record UserRights(bool RecordInteractions, bool SnipInteractions, bool RecorderAccessLicense, bool RequestAssistance)
{
    /// <summary>The "Intercom Chat" security right: start or take part in a chat with another user.</summary>
    public bool IntercomChat { get; init; } = true;

    public static readonly UserRights All = new(true, true, true, true);
}
