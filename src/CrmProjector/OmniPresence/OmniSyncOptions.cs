using PureConnect.Grains.Agents.Presence;

namespace PureConnect.CrmProjector.OmniPresence;

/// <summary>
/// The administrator's Omni-Channel sync settings (section <c>OmniSync</c>): status maps (CIC status id ↔ Omni-Channel presence status,
/// by id <c>0N5…</c> or DeveloperName), the transition statuses, how the Salesforce user is matched to the CIC user, and how often the
/// org's presences are read.
/// </summary>
public sealed class OmniSyncOptions
{
    public const string Section = "OmniSync";

    public bool Enabled { get; set; }

    public List<OmniSyncMap> Maps { get; set; } = [];

    /// <summary>CIC status set when Omni-Channel leaves a mapped presence for one with no map (optional).</summary>
    public string? TransitionCicStatus { get; set; }

    /// <summary>Omni-Channel presence requested when CIC leaves a mapped status for one with no map (optional).</summary>
    public string? TransitionOmniStatus { get; set; }

    /// <summary>The field of the Salesforce <c>User</c> that holds the agent's CIC user id.</summary>
    public string UserIdField { get; set; } = "FederationIdentifier";

    /// <summary>How often the current presences are read without change events (<c>UserServicePresence WHERE IsCurrentState = true</c>, one
    /// API call).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Follow the change events of <c>UserServicePresence</c> (Streaming API; Change Data Capture must include the object) rather
    /// than read the presences every <see cref="PollInterval"/>; the reads remain the fallback.</summary>
    public bool ChangeEvents { get; set; } = true;

    /// <summary>After the change events failed, how long the presences are read every <see cref="PollInterval"/> before subscribing again.</summary>
    public TimeSpan ChangeEventsRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the Salesforce users (and their CIC ids) are read again.</summary>
    public TimeSpan UserRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);
}

public sealed class OmniSyncMap
{
    public string CicStatus { get; set; } = "";
    public string OmniStatus { get; set; } = "";
    public SyncDirection Direction { get; set; } = SyncDirection.TwoWay;
}
