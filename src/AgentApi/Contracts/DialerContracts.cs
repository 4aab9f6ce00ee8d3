namespace PureConnect.AgentApi.Contracts;

// Interaction Dialer requests (docs/agent-api.md, "Interaction Dialer"). Deliberately grouped.

/// <summary>No campaign: log in to Dialer; <c>all</c>: every available campaign; else the campaign <c>campaignId</c>.</summary>
public sealed record DialerLogInRequest(string? CampaignId = null, bool? All = null);

/// <summary>No campaign: log out of Dialer altogether.</summary>
public sealed record DialerLogOffRequest(List<string>? CampaignIds = null);

/// <summary>A disposition; a callback (Scheduled dispositions) at <c>callbackAt</c>: ISO 8601 with an offset, or with
/// <c>theirTime</c> a local date and time in the campaign's time zone; <c>callbackTo</c> <c>Me</c> or <c>Anyone</c> (default).</summary>
public sealed record DispositionRequest(string? Label, string? CallbackAt = null, bool? TheirTime = null, string? CallbackTo = null);
