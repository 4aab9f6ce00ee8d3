namespace PureConnect.Replay.Reading;

/// <summary>The stream naming of the grains (<c>InteractionGrain.StreamIdOf</c>, <c>AgentGrain.StreamIdOf</c>), read back.</summary>
public static class StreamIds
{
    private const string InteractionPrefix = "interaction-";
    private const string AgentPrefix = "agent-";

    public static string OfInteraction(string key) => InteractionPrefix + key;

    public static string? InteractionKeyOf(string streamId) =>
        streamId.StartsWith(InteractionPrefix, StringComparison.Ordinal) ? streamId[InteractionPrefix.Length..] : null;

    public static string? AgentIdOf(string streamId) =>
        streamId.StartsWith(AgentPrefix, StringComparison.Ordinal) ? streamId[AgentPrefix.Length..] : null;
}
