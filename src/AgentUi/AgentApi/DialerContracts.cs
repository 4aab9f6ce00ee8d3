namespace PureConnect.AgentUi.AgentApi;

// Interaction Dialer (docs/agent-api.md, "Interaction Dialer"): the agent's Dialer as AgentApi shows it, and its requests.

/// <summary>The <c>dialer</c> of the agent (and <c>GET /api/dialer</c>).</summary>
public sealed record DialerInfo(
    bool LoggedIn,
    bool CanLogonCampaign,
    IReadOnlyList<DialerCampaignInfo> AvailableCampaigns,
    IReadOnlyList<DialerCampaignInfo> Campaigns,
    IReadOnlyList<string> PendingLogOffs,
    bool PendingFullLogOff,
    string Break,
    string? Status,
    bool RegularStatusesAllowed,
    DialerCallInfo? Call,
    IReadOnlyList<DialerNoticeInfo> Notices);

public sealed record DialerCampaignInfo(string Id, string Name, string? TimeZone);

/// <summary>The campaign call waiting for its disposition: data pop, dispositions, preview state.</summary>
public sealed record DialerCallInfo(
    string InteractionId,
    DialerCampaignInfo Campaign,
    string Mode,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<DialerDispositionInfo> Dispositions,
    bool AutoDisconnectOnDisposition,
    bool AllowCallbacks,
    bool AllowSkip,
    bool Placed,
    DateTimeOffset? PreviewDeadline,
    string? Key = null);

public sealed record DialerDispositionInfo(string Label, string WrapUpCategory, bool Abandon, bool SchedulesCallback);

/// <summary>A message at the bottom of the softphone: <see cref="Kind"/> and <see cref="Subject"/> say it in the agent's language,
/// <see cref="Text"/> (English) for a kind this softphone does not know.</summary>
public sealed record DialerNoticeInfo(string Text, DateTimeOffset At, string? Kind = null, string? Subject = null);

public sealed record DialerLogInRequest(string? CampaignId = null, bool? All = null);

public sealed record DialerLogOffRequest(IReadOnlyList<string>? CampaignIds = null);

/// <summary><c>POST /api/dialer/disposition</c>: <see cref="CallbackAt"/> with its offset, or a local time with <see cref="TheirTime"/>.</summary>
public sealed record DialerDispositionRequest(string Label, string? CallbackAt = null, bool? TheirTime = null, string? CallbackTo = null);
