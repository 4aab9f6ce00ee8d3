namespace PureConnect.Simulators.CicServer.Contracts;

// Wire shapes of the interaction resources (reference §7). Deliberately grouped.

/// <summary>An entry of <c>interactionsAdded</c> / <c>interactionsChanged</c>.</summary>
public sealed record QueueInteraction(string InteractionId, IReadOnlyDictionary<string, string> Attributes);

public sealed record InteractionIdResponse(string InteractionId);

public sealed record AttributesResponse(IReadOnlyDictionary<string, string> Attributes);
