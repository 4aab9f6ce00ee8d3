using System.Text.Json.Serialization;

namespace PureConnect.Simulators.CicServer.Messages;

// Interaction Dialer messages (reference §9.2), sent to the agent's sessions. Deliberately grouped.

/// <summary>A campaign call on the agent's queue: <see cref="DataPopCall"/> (dialed) or a preview.</summary>
public sealed record DataPopMessage(bool IsDelta, DataPopCall Call) : IcwsMessage(IsDelta);

/// <summary>The <c>call</c> of a data pop; <see cref="Type"/> is <c>urn:inin.com:dialer:dataPop</c> or <c>…:previewPop</c>
/// (the preview fields are null on a data pop).</summary>
public sealed record DataPopCall(
    [property: JsonPropertyName("__type"), JsonPropertyOrder(-1)] string Type,
    string InteractionId,
    string CampaignId,
    string CampaignName,
    int DialingMode,
    IReadOnlyDictionary<string, string> Attributes,
    bool AutoDisconnectOnDisposition,
    bool AllowAgentCallbacks,
    IReadOnlyList<DialerDisposition> Dispositions,
    string? TimeZone,
    bool? CallPlaced = null,
    int? PreviewTimeout = null,
    bool? AllowSkip = null);

public sealed record DialerDisposition(string Label, string WrapUpCategory, string WrapUpCode, bool Abandon);

public sealed record DialerCampaign(string Id, string Name, string? TimeZone = null);

public sealed record AvailableCampaignsMessage(
    bool IsDelta,
    IReadOnlyList<DialerCampaign> CampaignsAdded,
    IReadOnlyList<DialerCampaign> CampaignsChanged,
    IReadOnlyList<DialerCampaign> CampaignsRemoved,
    bool AgentHasLogonCampaignRight) : IcwsMessage(IsDelta);

/// <summary><c>breakStatus</c>: 0 not on break, 1 break pending, 2 on break.</summary>
public sealed record BreakStatusMessage(bool IsDelta, int BreakStatus) : IcwsMessage(IsDelta);

/// <summary>Log-off granted for these campaigns (a full log-off lists every campaign the agent was in).</summary>
public sealed record LogoutGrantedMessage(bool IsDelta, IReadOnlyList<DialerCampaign> Campaigns) : IcwsMessage(IsDelta);

/// <summary>The agent was logged in to a campaign by someone else (a supervisor, a campaign that resumed).</summary>
public sealed record AutoLoginMessage(bool IsDelta, DialerCampaign Campaign) : IcwsMessage(IsDelta);

/// <summary>The agent was logged out of a campaign by someone else (a supervisor, a campaign that stopped).</summary>
public sealed record AutoLogoutMessage(bool IsDelta, DialerCampaign Campaign) : IcwsMessage(IsDelta);

/// <summary>The Dialer server's connection changed (2: down, e.g. a switchover); the agent's Dialer session has ended.</summary>
public sealed record OutboundServerConnectionStateChangeMessage(bool IsDelta, int ConnectionState) : IcwsMessage(IsDelta);
