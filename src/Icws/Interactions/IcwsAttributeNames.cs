using System.Diagnostics.CodeAnalysis;

namespace PureConnect.Icws.Interactions;

/// <summary>Names of the CIC interaction attributes a softphone reads. Each constant is named after the attribute itself.</summary>
[SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Constants mirror the CIC attribute names.")]
public static class IcwsAttributeNames
{
    public const string Eic_CallId = "Eic_CallId";
    public const string Eic_CallIdKey = "Eic_CallIdKey";
    public const string Eic_State = "Eic_State";
    public const string Eic_CallStateString = "Eic_CallStateString";
    public const string Eic_CallDirection = "Eic_CallDirection";
    public const string Eic_CallType = "Eic_CallType";
    public const string Eic_ObjectType = "Eic_ObjectType";
    public const string Eic_RemoteAddress = "Eic_RemoteAddress";
    public const string Eic_RemoteName = "Eic_RemoteName";
    public const string Eic_RemoteTnNormalized = "Eic_RemoteTnNormalized";
    public const string Eic_LocalAddress = "Eic_LocalAddress";
    public const string Eic_LocalUserId = "Eic_LocalUserId";
    public const string Eic_UserName = "Eic_UserName";
    public const string Eic_WorkgroupName = "Eic_WorkgroupName";
    public const string Eic_Muted = "Eic_Muted";
    public const string Eic_InitiationTime = "Eic_InitiationTime";
    public const string Eic_ConnectTime = "Eic_ConnectTime";
    public const string Eic_TerminationTime = "Eic_TerminationTime";
    public const string Eic_ConferenceId = "Eic_ConferenceId";
    public const string Eic_Capabilities = "Eic_Capabilities";

    /// <summary>Every attribute above: what a softphone subscribes to on its queues.</summary>
    public static IReadOnlyList<string> Softphone { get; } =
    [
        Eic_CallId, Eic_CallIdKey, Eic_State, Eic_CallStateString, Eic_CallDirection, Eic_CallType, Eic_ObjectType,
        Eic_RemoteAddress, Eic_RemoteName, Eic_RemoteTnNormalized, Eic_LocalAddress, Eic_LocalUserId, Eic_UserName,
        Eic_WorkgroupName, Eic_Muted, Eic_InitiationTime, Eic_ConnectTime, Eic_TerminationTime, Eic_ConferenceId,
        Eic_Capabilities,
    ];
}
