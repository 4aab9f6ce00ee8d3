namespace PureConnect.Grains.Agents;

/// <summary>An interaction on an agent's user queue: grain key and ICWS interaction id.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.QueueEntry")]
public sealed record QueueEntry(string Key, string InteractionId);
