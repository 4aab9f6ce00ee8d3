using PureConnect.Simulators.CicServer.Contracts;

namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>A CIC user: credentials, rights, presence, sessions and the interactions on the user queue.</summary>
internal sealed class SimUser(
    string id, string password, string displayName, string extension, bool canUseRemoteStations,
    bool canMonitorQueues, IReadOnlySet<string> allowedStatuses, StatusMessage status, DateTimeOffset now)
{
    public string Id { get; } = id;

    public string Password { get; set; } = password;

    /// <summary>When set, the user's status changes are accepted (202) but fail later with this error (control API).</summary>
    public IcwsError? StatusChangeFailure { get; set; }

    /// <summary>The user's default workstation (<c>defaultWorkstationId</c> at login); null for none.</summary>
    public string? DefaultWorkstationId { get; set; }

    public bool PasswordExpired { get; set; }

    public string DisplayName { get; } = displayName;

    public string Extension { get; } = extension;

    public bool CanUseRemoteStations { get; } = canUseRemoteStations;

    public bool CanMonitorQueues { get; } = canMonitorQueues;

    private readonly HashSet<string> _allowedStatuses = new(allowedStatuses, StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> AllowedStatuses => _allowedStatuses;

    /// <summary>Lets the user use a status (a status added on the server).</summary>
    public void Allow(string statusId) => _allowedStatuses.Add(statusId);

    /// <summary>Takes a status away (a status removed from the server).</summary>
    public void Disallow(string statusId) => _allowedStatuses.Remove(statusId);

    public QueueKey QueueKey { get; } = QueueKey.ForUser(id);

    public StatusMessage Status { get; set; } = status;

    /// <summary>Recording and assistance rights and the Recorder Access license (see <see cref="Options.UserSeed"/>).</summary>
    public UserRights Rights { get; init; } = UserRights.All;

    /// <summary>The user's Interaction Dialer license, rights and Dialer session.</summary>
    public Dialer.DialerAgent Dialer { get; init; } = new(true, true);

    public string? Notes { get; set; }

    public string? ForwardNumber { get; set; }

    public UntilInfo? Until { get; set; }

    public DateTimeOffset StatusChanged { get; set; } = now;

    public bool OnPhone { get; set; }

    public DateTimeOffset OnPhoneChanged { get; set; } = now;

    /// <summary>When the agent last became free for ACD work; the longest idle agent is offered first.</summary>
    public DateTimeOffset IdleSince { get; set; } = now;

    public bool HasActiveCall { get; set; }

    /// <summary>Set while a status change waits to be published in the current engine operation.</summary>
    public bool StatusDirty { get; set; }

    public List<Session> Sessions { get; } = [];

    public List<Interaction> Interactions { get; } = [];

    public bool HasStation => Sessions.Exists(s => s.Station is not null);

    public StationConnection? FirstStation => Sessions.Find(s => s.Station is not null)?.Station;
}
