namespace PureConnect.Simulators.CicServer.Options;

/// <summary>A CIC user of the simulated server.</summary>
public sealed class UserSeed
{
    public string UserId { get; set; } = "";

    public string Password { get; set; } = "";

    public string? DisplayName { get; set; }

    public string? Extension { get; set; }

    public bool CanUseRemoteStations { get; set; }

    public bool CanMonitorQueues { get; set; }

    /// <summary>The password has expired: the user must change it at the next login.</summary>
    public bool PasswordExpired { get; set; }

    /// <summary>The "Record Interactions" security right (ad hoc recordings).</summary>
    public bool CanRecordInteractions { get; set; } = true;

    /// <summary>The "Snip Interactions" security right (snippet recordings).</summary>
    public bool CanSnipInteractions { get; set; } = true;

    /// <summary>A "Recorder Access" license is assigned to the user (needed for snippet recordings).</summary>
    public bool HasRecorderAccessLicense { get; set; } = true;

    /// <summary>The "Request Assistance from Supervisors" security right.</summary>
    public bool CanRequestAssistance { get; set; } = true;

    /// <summary>The "Response Management" security right (personal responses and every library).</summary>
    public bool HasResponseManagementRight { get; set; } = true;

    /// <summary>The "Intercom Chat" security right (start or take part in a chat with another user).</summary>
    public bool HasIntercomChatRight { get; set; } = true;

    /// <summary>An Interaction Dialer license is assigned to the user (without it every Dialer request is 403).</summary>
    public bool HasDialerLicense { get; set; } = true;

    /// <summary>The "Logon Campaign" Dialer right: the agent chooses campaigns; without it, every running campaign.</summary>
    public bool CanLogonCampaign { get; set; } = true;

    /// <summary>A blended agent takes ACD calls as well as campaign calls while logged in to Dialer.</summary>
    public bool IsBlendedAgent { get; set; }

    /// <summary>The user's default workstation, sent as <c>defaultWorkstationId</c> at login (<c>include=default-workstation</c>).</summary>
    public string? DefaultWorkstationId { get; set; }

    /// <summary>Status ids the user may use; empty means every selectable status.</summary>
    public List<string> Statuses { get; set; } = [];
}
