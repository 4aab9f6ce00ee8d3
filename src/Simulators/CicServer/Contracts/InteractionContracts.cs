namespace PureConnect.Simulators.CicServer.Contracts;

// Wire shapes of the interaction resources (reference §7). Deliberately grouped.

/// <summary>An entry of <c>interactionsAdded</c> / <c>interactionsChanged</c>.</summary>
public sealed record QueueInteraction(string InteractionId, IReadOnlyDictionary<string, string> Attributes, string? ConferenceParentId = null);

public sealed record InteractionIdResponse(string InteractionId);

public sealed record AttributesResponse(IReadOnlyDictionary<string, string> Attributes);

/// <summary>201 body of <c>POST interactions/{id}/consult</c> (reference §7.5).</summary>
public sealed record ConsultResponse(string ConsultId, string ConsultInteractionId);

/// <summary>201 body of <c>POST interactions/conferences</c> (reference §7.5).</summary>
public sealed record ConferenceResponse(string ConferenceId);

/// <summary>201 body of <c>POST interactions/{id}/agent-assistance</c> ([U]: the field name is the simulator's choice).</summary>
public sealed record AssistanceResponse(string RequestId);
