using System.Text.Json;
using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Http;

/// <summary>
/// A JSON request body read leniently: ICWS or plain JSON media types, property names matched
/// case-insensitively. Anything malformed is a 400 with an ICWS error body.
/// </summary>
internal sealed class RequestBody(JsonElement root)
{
    public static async Task<RequestBody> ReadAsync(HttpRequest request, bool required = true)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        if (buffer.Length == 0)
        {
            return required ? throw Malformed("A JSON body is required.") : new RequestBody(default);
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? new RequestBody(document.RootElement.Clone())
                : throw Malformed("The body must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw Malformed("The body is not valid JSON: " + e.Message);
        }
    }

    public JsonElement Root => root;

    public string? Type => String("__type");

    public string? String(string name) =>
        Find(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public string RequiredString(string name) =>
        String(name) is { Length: > 0 } value ? value : throw Malformed($"'{name}' is required.");

    public bool? Bool(string name) => Find(name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    public int? Int(string name) =>
        Find(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;

    public long? Long(string name) =>
        Find(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;

    public IReadOnlyList<string> Strings(string name) => Find(name) is { ValueKind: JsonValueKind.Array } array
        ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
        : [];

    public IReadOnlyList<int> Ints(string name) => Find(name) is { ValueKind: JsonValueKind.Array } array
        ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out _)).Select(e => e.GetInt32())]
        : [];

    public IReadOnlyList<RequestBody> Objects(string name) => Find(name) is { ValueKind: JsonValueKind.Array } array
        ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => new RequestBody(e))]
        : [];

    public RequestBody? Object(string name) =>
        Find(name) is { ValueKind: JsonValueKind.Object } value ? new RequestBody(value) : null;

    /// <summary>A string-to-string map; non-string values are taken as their JSON text.</summary>
    public IReadOnlyDictionary<string, string?> Map(string name)
    {
        var map = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (Find(name) is { ValueKind: JsonValueKind.Object } value)
        {
            foreach (var property in value.EnumerateObject())
            {
                map[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => property.Value.GetRawText(),
                };
            }
        }

        return map;
    }

    public static IcwsErrorException Malformed(string message) => new(400, ErrorIds.InvalidRepresentation, message);

    private JsonElement? Find(string name)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
