using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.Engine.Dialer;

/// <summary>A Dialer campaign: its settings, contact list, dispositions and the callbacks scheduled on it.</summary>
internal sealed class SimCampaign
{
    public const string ScheduledCategory = "Scheduled";
    public const string SkipLabel = "Skipped - Agent Skip";

    private int _nextContact;

    public SimCampaign(CampaignSeed seed)
    {
        Id = seed.Id;
        Name = string.IsNullOrWhiteSpace(seed.Name) ? seed.Id : seed.Name;
        State = Enum.TryParse<CampaignState>(seed.State, ignoreCase: true, out var state) ? state
            : throw new ArgumentException($"Unknown campaign state '{seed.State}' (Running, Paused or Stopped).");
        Mode = Enum.TryParse<DialingMode>(seed.DialingMode, ignoreCase: true, out var mode) ? mode
            : throw new ArgumentException($"Unknown dialing mode '{seed.DialingMode}' (Preview, Predictive or Power).");
        PreviewTimeout = seed.PreviewTimeoutSeconds is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : null;
        AgentAlertTimeout = seed.AgentAlertSeconds is > 0 and var alert ? TimeSpan.FromSeconds(alert) : null;
        AllowSkip = seed.AllowSkip;
        AllowCallbacks = seed.AllowCallbacks;
        AutoDisconnect = seed.AutoDisconnectOnDisposition;
        TimeZone = string.IsNullOrWhiteSpace(seed.TimeZone) ? null : seed.TimeZone;
        Gap = TimeSpan.FromSeconds(Math.Max(0, seed.SecondsBetweenCalls));
        Agents = new HashSet<string>(seed.Agents, StringComparer.OrdinalIgnoreCase);
        Contacts = [.. seed.Contacts.Select(c => new ContactRecord(c.Phone, c.Name ?? c.Phone, new Dictionary<string, string>(c.Attributes)))];
        Dispositions = [.. (seed.Dispositions.Count > 0 ? seed.Dispositions : DefaultSeedData.Dispositions())
            .Select(d => new CampaignDisposition(d.Label, d.WrapUpCategory, d.WrapUpCode ?? d.Label, d.Abandon))];
        if (Contacts.Any(c => string.IsNullOrWhiteSpace(c.Phone)))
        {
            throw new ArgumentException("Every contact needs a phone number.");
        }
    }

    public string Id { get; }

    public string Name { get; }

    public CampaignState State { get; set; }

    public DialingMode Mode { get; }

    public TimeSpan? PreviewTimeout { get; }

    /// <summary>A predictive or power call alerts this long before the agent is not answering; null: connected at once.</summary>
    public TimeSpan? AgentAlertTimeout { get; }

    public bool AllowSkip { get; }

    public bool AllowCallbacks { get; }

    public bool AutoDisconnect { get; }

    public string? TimeZone { get; }

    public TimeSpan Gap { get; set; }

    public IReadOnlySet<string> Agents { get; }

    public IReadOnlyList<ContactRecord> Contacts { get; }

    public IReadOnlyList<CampaignDisposition> Dispositions { get; }

    public List<ScheduledCallback> Callbacks { get; } = [];

    public bool IsRunning => State == CampaignState.Running;

    public bool Serves(string userId) => Agents.Count == 0 || Agents.Contains(userId);

    public CampaignDisposition? Disposition(string label) =>
        Dispositions.FirstOrDefault(d => string.Equals(d.Label, label, StringComparison.Ordinal));

    /// <summary>The next record of the contact list (the list starts over at its end); null for an empty list.</summary>
    public ContactRecord? NextContact()
    {
        if (Contacts.Count == 0)
        {
            return null;
        }

        var contact = Contacts[_nextContact % Contacts.Count];
        _nextContact++;
        return contact;
    }
}

internal sealed record CampaignDisposition(string Label, string WrapUpCategory, string WrapUpCode, bool Abandon);

internal enum CampaignState
{
    Running,
    Paused,
    Stopped,
}

/// <summary>ICWS <c>dialingMode</c> numbers: 0 preview, 1 predictive, 2 power (… 6 manual).</summary>
internal enum DialingMode
{
    Preview = 0,
    Predictive = 1,
    Power = 2,
}
