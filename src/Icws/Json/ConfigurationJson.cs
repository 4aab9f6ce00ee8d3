using System.Text.Json;

namespace PureConnect.Icws.Json;

/// <summary>
/// Tolerant readers for the configuration API: item lists as <c>{items: [{configurationId: {id}}]}</c> or a bare array, and
/// security rights as an object of booleans or a list of names (or of objects with <c>id</c>/<c>name</c>). The right's
/// exact shape is unconfirmed ([U]).
/// </summary>
internal static class ConfigurationJson
{
    public static IReadOnlyList<string> ReadItemIds(JsonElement root)
    {
        var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : JsonRead.Array(root, "items");
        return [.. items.Select(IdOf).OfType<string>().Where(id => id.Length > 0)];
    }

    /// <summary>True/false when <c>securityRights</c> names the right; null when the body has no rights at all.</summary>
    public static bool? ReadRight(JsonElement root, string right)
    {
        if (!JsonRead.TryGet(root, "securityRights", out var rights))
            return null;

        return rights.ValueKind switch
        {
            JsonValueKind.Object => JsonRead.OptionalBool(rights, right) ?? false,
            JsonValueKind.Array => rights.EnumerateArray().Any(item => string.Equals(NameOf(item), right, StringComparison.OrdinalIgnoreCase)),
            _ => null,
        };
    }

    private static string? IdOf(JsonElement item) =>
        item.ValueKind == JsonValueKind.String ? item.GetString()
        : JsonRead.TryGet(item, "configurationId", out var id) ? JsonRead.OptionalString(id, "id")
        : JsonRead.OptionalString(item, "id");

    private static string? NameOf(JsonElement item) =>
        item.ValueKind == JsonValueKind.String ? item.GetString() : JsonRead.OptionalString(item, "id") ?? JsonRead.OptionalString(item, "name");
}
