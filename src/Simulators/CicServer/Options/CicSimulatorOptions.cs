namespace PureConnect.Simulators.CicServer.Options;

/// <summary>
/// Everything the CIC simulator can be told, bound from the <c>CicServer</c> configuration section.
/// Empty seed lists mean "use the default contact center" (see <see cref="DefaultSeedData"/>).
/// Options for facts the ICWS reference marks unconfirmed are grouped under "Unconfirmed wire behaviour".
/// </summary>
public sealed class CicSimulatorOptions
{
    public const string SectionName = "CicServer";

    /// <summary>Drives every random choice (ANIs, caller names, ties between equally idle agents).</summary>
    public int Seed { get; set; } = 1;

    /// <summary>The CIC server name reported as <c>icServer</c>.</summary>
    public string ServerName { get; set; } = "CICSIM";

    public List<UserSeed> Users { get; set; } = [];

    /// <summary>The user agreement served by <c>/icws/connection/server-info</c>; null or empty means none (the control API can change it).</summary>
    public string? UserAgreementText { get; set; }

    /// <summary>Shortest password a password change accepts (the policy's "too short" rule).</summary>
    public int MinPasswordLength { get; set; } = 4;

    public List<string> Stations { get; set; } = [];

    public List<WorkgroupSeed> Workgroups { get; set; } = [];

    /// <summary>The status messages the server defines; empty means the standard list.</summary>
    public List<StatusSeed> Statuses { get; set; } = [];

    /// <summary>The status every user starts with.</summary>
    public string DefaultStatusId { get; set; } = "Available";

    /// <summary>Feature versions reported by <c>/icws/connection/features</c>; keys are feature ids.</summary>
    public Dictionary<string, int> FeatureVersions { get; set; } = DefaultSeedData.FeatureVersions();

    public VersionSeed Version { get; set; } = new();

    /// <summary>
    /// A path before <c>/icws</c>, as a reverse proxy serves CIC (e.g. <c>/apps/client/api/cicsim</c>); ICWS is then served
    /// only under it (the control API and <c>/health</c> stay at the root). Null or empty: ICWS at <c>/icws</c>.
    /// </summary>
    public string? PathBase { get; set; }

    /// <summary>Host names (no port) that act as the primary of the switchover pair; null means ["localhost"].</summary>
    public string[]? PrimaryHostNames { get; set; }

    /// <summary>Host names returned as <c>alternateHostList</c>; null means ["127.0.0.1"].</summary>
    public string[]? AlternateHosts { get; set; }

    public TimeSpan SsePingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Time until an outbound call is answered; zero waits for the control API <c>answer</c>.</summary>
    public TimeSpan OutboundAnswerDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a disconnected interaction stays in its queues.</summary>
    public TimeSpan DeallocationDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Period of the background loop that ticks the engine.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>An unanswered ACD alert returns to the queue after this time and the agent gets status
    /// "ACD - Agent Not Answering". Null disables it.</summary>
    public TimeSpan? AlertTimeout { get; set; }

    /// <summary>First interaction id handed out (10 digits).</summary>
    public long FirstInteractionId { get; set; } = 1001000001;

    /// <summary>First session id handed out.</summary>
    public long FirstSessionId { get; set; } = 1731001;

    /// <summary>
    /// The changes one engine operation makes are sent to a queue subscription as one message; a message
    /// carries at most this many interaction entries (1 = one message per interaction change).
    /// </summary>
    public int MaxInteractionsPerQueueMessage { get; set; } = 100;

    /// <summary>Capacity of the emission ring buffer used for latency measurement.</summary>
    public int EmissionLogCapacity { get; set; } = 200_000;

    public CallGeneratorOptions CallGenerator { get; set; } = new();

    /// <summary>Attendant profiles; empty means the standard ones (see <see cref="DefaultSeedData.AttendantProfiles"/>).</summary>
    public List<AttendantProfileSeed> AttendantProfiles { get; set; } = [];

    /// <summary>Account codes; empty means the standard ones (see <see cref="DefaultSeedData.AccountCodes"/>).</summary>
    public List<AccountCodeSeed> AccountCodes { get; set; } = [];

    public CallControlOptions CallControls { get; set; } = new();

    public CallbackOptions Callbacks { get; set; } = new();

    public ChatOptions Chats { get; set; } = new();

    public EmailOptions Emails { get; set; } = new();

    public ResponseManagementOptions ResponseManagement { get; set; } = new();

    /// <summary>Interaction Dialer campaigns; null means the demo ones (<see cref="DefaultSeedData.Campaigns"/>).</summary>
    public List<CampaignSeed>? Campaigns { get; set; }

    // Unconfirmed wire behaviour ([U] in the ICWS reference) -------------------------------------

    /// <summary>Inactivity after which a session without an open event stream expires; null never.</summary>
    public TimeSpan? SessionIdleTimeout { get; set; }

    /// <summary>
    /// How long a session ended with a queued message to deliver (switchover) still serves
    /// <c>GET .../messaging/messages</c> (every other request is 401); it is forgotten sooner once its queue is delivered.
    /// </summary>
    public TimeSpan ClosingSessionGracePeriod { get; set; } = TimeSpan.FromSeconds(30);

    public int StationNotFoundStatusCode { get; set; } = 400;

    public string StationNotFoundErrorId { get; set; } = "error.request.connection.stationNotFound";

    public int StationInUseStatusCode { get; set; } = 400;

    public string StationInUseErrorId { get; set; } = "error.request.connection.stationInUse";

    /// <summary>
    /// How an expired password is reported. By default the login succeeds with <c>daysUntilPasswordExpiration</c> 0 and
    /// every session request except the password change, logout and messaging fails with this status and error id
    /// until the password is changed; with <see cref="ExpiredPasswordRefusesLogin"/> the login itself fails with them.
    /// </summary>
    public string PasswordExpiredErrorId { get; set; } = "error.request.connection.passwordExpired";

    public int PasswordExpiredStatusCode { get; set; } = 400;

    public bool ExpiredPasswordRefusesLogin { get; set; }

    /// <summary><c>daysUntilPasswordExpiration</c> sent at login for a password that has not expired; null omits it.</summary>
    public int? DaysUntilPasswordExpiration { get; set; }

    /// <summary>Name under which the configuration API lists the remote-station right in a user's <c>securityRights</c>.</summary>
    public string RemoteStationsRight { get; set; } = "remoteStationLogin";

    /// <summary>Success code of <c>DELETE /icws/{sessionId}/connection</c> (200 or 204).</summary>
    public int LogoutStatusCode { get; set; } = 200;

    /// <summary>Success code of a queue subscription PUT.</summary>
    public int QueueSubscriptionStatusCode { get; set; } = 200;

    /// <summary>Whether <c>DELETE .../connection/station</c> in connection mode 0 also ends the session.</summary>
    public bool EndSessionOnStationDelete { get; set; } = true;

    /// <summary><c>isDelta</c> carried by unsolicited messages (connection state changes).</summary>
    public bool UnsolicitedMessagesIsDelta { get; set; }

    /// <summary>
    /// Whether a successful status change (202) is also reported by an <c>asyncOperationCompletedMessage</c> with no error to
    /// the requesting session. A failing one (control API <c>PUT /control/users/{id}/status-change-failure</c>) always is.
    /// </summary>
    public bool AsyncStatusCompletions { get; set; }

    /// <summary>Time between a 202 answer and its <c>asyncOperationCompletedMessage</c>.</summary>
    public TimeSpan AsyncOperationDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Adds <c>Secure</c> to the session cookie (browsers then send it over HTTPS only).</summary>
    public bool SecureCookie { get; set; }

    /// <summary>
    /// Names of the workgroup configuration properties (<c>GET configuration/workgroups/{id}</c>) that carry the
    /// workgroup's wrap-up codes (a list of configuration ids), the time limit in seconds and the ambiguous code.
    /// </summary>
    public WrapUpPropertyNames WrapUpProperties { get; set; } = new();

    /// <summary>Bit value of each capability name in <c>Eic_Capabilities</c>.</summary>
    public Dictionary<string, int> CapabilityBits { get; set; } = DefaultSeedData.CapabilityBits();

    public IReadOnlyList<string> EffectivePrimaryHostNames() =>
        PrimaryHostNames is { Length: > 0 } names ? names : ["localhost"];

    public IReadOnlyList<string> EffectiveAlternateHosts() =>
        AlternateHosts is { Length: > 0 } hosts ? hosts : ["127.0.0.1"];

    /// <summary>
    /// The <c>alternateHostList</c> for a session created on <paramref name="requestHost"/>: other servers only
    /// (reference §1.1), so the primary host names when asked on an alternate host, and never the host itself.
    /// </summary>
    public IReadOnlyList<string> AlternateHostsFor(string requestHost)
    {
        var alternates = EffectiveAlternateHosts();
        var others = alternates.Contains(requestHost, StringComparer.OrdinalIgnoreCase) ? EffectivePrimaryHostNames() : alternates;
        return [.. others.Where(h => !string.Equals(h, requestHost, StringComparison.OrdinalIgnoreCase))];
    }
}
