using System.Text.Json;
using System.Text.Json.Nodes;
using PureConnect.Icws.Messages;

namespace PureConnect.Icws.Json;

/// <summary>JSON contracts of the interactions and queue APIs (§5.1, §7).</summary>
internal static class InteractionJson
{
    /// <summary>An attribute map; values that are null read as "", numbers as their text.</summary>
    public static IReadOnlyDictionary<string, string> ReadAttributes(JsonElement owner)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!JsonRead.TryGet(owner, "attributes", out var map))
            return attributes;
        if (map.ValueKind != JsonValueKind.Object)
            throw new FormatException("Field 'attributes' is not an object.");

        foreach (var attribute in map.EnumerateObject())
            attributes[attribute.Name] = JsonRead.AsText(attribute.Value);
        return attributes;
    }

    public static InteractionSnapshot ReadSnapshot(JsonElement item) => new(
        JsonRead.OptionalString(item, "interactionId") ?? throw JsonRead.Missing("interactionId"),
        ReadAttributes(item),
        NullIfEmpty(JsonRead.OptionalString(item, "conferenceParentId")));

    public static JsonObject QueueSubscription(IReadOnlyList<QueueId> queues, IReadOnlyList<string> attributeNames) => new()
    {
        ["queueIds"] = new JsonArray(
        [
            .. queues.Select(queue => (JsonNode)new JsonObject { ["queueType"] = (int)queue.Type, ["queueName"] = queue.Name }),
        ]),
        ["attributeNames"] = Strings(attributeNames),
    };

    public static JsonObject MakeCall(string target, string? workgroup, IReadOnlyDictionary<string, string>? additionalAttributes = null)
    {
        var body = new JsonObject { ["__type"] = "urn:inin.com:interactions:createCallParameters", ["target"] = target };
        if (!string.IsNullOrEmpty(workgroup))
            body["workgroup"] = workgroup;
        if (additionalAttributes is { Count: > 0 })
        {
            var attributes = new JsonObject();
            foreach (var (name, value) in additionalAttributes)
                attributes[name] = value;
            body["additionalAttributes"] = attributes;
        }

        return body;
    }

    public static JsonObject OnOff(bool on) => new() { ["on"] = on };

    public static JsonObject SetAttributes(IReadOnlyDictionary<string, string> attributes)
    {
        var map = new JsonObject();
        foreach (var (name, value) in attributes)
            map[name] = value;
        return new JsonObject { ["attributes"] = map };
    }

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(value => (JsonNode)value)]);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
