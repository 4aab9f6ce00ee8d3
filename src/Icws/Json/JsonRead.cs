using System.Globalization;
using System.Text.Json;
using PureConnect.Icws.Interactions;

namespace PureConnect.Icws.Json;

/// <summary>
/// Tolerant readers over ICWS JSON: property names match case-insensitively as a fallback, JSON null counts as
/// absent, and scalars may arrive as strings or numbers. A missing required field throws <see cref="FormatException"/>.
/// </summary>
internal static class JsonRead
{
    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        value = default;
        if (obj.ValueKind != JsonValueKind.Object)
            return false;

        if (!obj.TryGetProperty(name, out value))
        {
            foreach (var property in obj.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    break;
                }
            }
        }

        return value.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null);
    }

    /// <summary>A nested object; a missing or non-object value throws <see cref="FormatException"/>.</summary>
    public static JsonElement Object(JsonElement obj, string name) =>
        TryGet(obj, name, out var value) && value.ValueKind == JsonValueKind.Object ? value : throw Missing(name);

    public static string? OptionalString(JsonElement obj, string name) =>
        TryGet(obj, name, out var value) ? AsText(value) : null;

    public static string RequiredString(JsonElement obj, string name) =>
        OptionalString(obj, name) ?? throw Missing(name);

    public static bool? OptionalBool(JsonElement obj, string name)
    {
        if (!TryGet(obj, name, out var value))
            return null;

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => value.GetDouble() != 0,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
            JsonValueKind.String when value.GetString() is "1" or "0" => value.GetString() == "1",
            _ => throw new FormatException($"Field '{name}' is not a boolean."),
        };
    }

    public static bool Bool(JsonElement obj, string name) => OptionalBool(obj, name) ?? false;

    public static int? OptionalInt(JsonElement obj, string name)
    {
        if (!TryGet(obj, name, out var value))
            return null;

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            return number;
        if (value.ValueKind == JsonValueKind.String
            && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            return parsed;

        throw new FormatException($"Field '{name}' is not an integer.");
    }

    public static int RequiredInt(JsonElement obj, string name) => OptionalInt(obj, name) ?? throw Missing(name);

    /// <summary>A date in either ICWS form; an unreadable date counts as absent.</summary>
    public static DateTimeOffset? OptionalDate(JsonElement obj, string name) =>
        IcwsDateTime.TryParse(OptionalString(obj, name), out var date) ? date : null;

    /// <summary>Items of an optional array; absent or null gives none.</summary>
    public static IEnumerable<JsonElement> Array(JsonElement obj, string name)
    {
        if (!TryGet(obj, name, out var value))
            return [];

        return value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new FormatException($"Field '{name}' is not an array.");
    }

    public static IReadOnlyList<string> StringArray(JsonElement obj, string name) =>
        [.. Array(obj, name).Where(item => item.ValueKind != JsonValueKind.Null).Select(AsText)];

    /// <summary>Any JSON value as text: null → "", strings as is, numbers and others as their JSON text.</summary>
    public static string AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    public static FormatException Missing(string name) => new($"Required field '{name}' is missing.");
}
