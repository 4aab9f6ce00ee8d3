namespace PureConnect.Simulators.CicServer.Options;

/// <summary>A status message definition (ICWS <c>statusMessage</c>).</summary>
public sealed class StatusSeed
{
    public string StatusId { get; set; } = "";

    public string? MessageText { get; set; }

    public string? IconUri { get; set; }

    public string GroupTag { get; set; } = "Available";

    public string? SystemId { get; set; }

    public bool CanHaveDate { get; set; }

    public bool CanHaveTime { get; set; }

    public bool IsDoNotDisturbStatus { get; set; }

    public bool IsSelectableStatus { get; set; } = true;

    public bool IsPersistentStatus { get; set; }

    public bool IsForwardStatus { get; set; }

    public bool IsAfterCallWorkStatus { get; set; }

    public bool IsAcdStatus { get; set; }

    public bool IsAllowFollowUpStatus { get; set; }
}
