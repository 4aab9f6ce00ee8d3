namespace PureConnect.AgentApi.Contracts;

/// <summary>The agent's voicemail box (spec: "Voicemail view"): every message newest first, and how many are unheard.</summary>
public sealed record VoicemailBoxResponse(int Waiting, IReadOnlyList<VoicemailMessageDto> Messages);

public sealed record VoicemailMessageDto(string Id, bool Read, DateTimeOffset? ReceivedAt, string From, string Subject, double? DurationSeconds, bool HasFile);

/// <summary>The count of unheard messages (the Voicemail button's badge).</summary>
public sealed record VoicemailCountResponse(int Waiting);

/// <summary>Play to the agent's station (no number) or to <see cref="Number"/>.</summary>
public sealed record VoicemailPlayRequest(string? Number = null);

public sealed record VoicemailMarkRequest(bool? Read);
