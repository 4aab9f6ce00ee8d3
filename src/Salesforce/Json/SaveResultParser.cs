using System.Text.Json;

namespace PureConnect.Salesforce.Json;

/// <summary>Reads <c>{id, success, errors, created?}</c> bodies: one for a create or upsert, an array for collections.</summary>
internal static class SaveResultParser
{
    public static SaveResult ParseOne(JsonElement element) => new(
        JsonRead.String(element, "id"),
        JsonRead.Bool(element, "success") ?? false,
        JsonRead.Bool(element, "created"),
        element.TryGetProperty("errors", out var errors) ? ErrorParser.Parse(errors) : []);

    public static SaveResult ParseOne(string body)
    {
        using var document = JsonDocument.Parse(body);
        return ParseOne(document.RootElement);
    }

    public static IReadOnlyList<SaveResult> ParseMany(string body)
    {
        using var document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
            throw new JsonException("An sObject Collections result is a JSON array.");

        return [.. document.RootElement.EnumerateArray().Select(ParseOne)];
    }

    /// <summary>The records listed by a 300 answer: strings (record URLs) or objects with an id or URL.</summary>
    public static IReadOnlyList<string> ParseMatches(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return [];

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind != JsonValueKind.Array
                ? []
                : [.. document.RootElement.EnumerateArray()
                    .Select(item => item.ValueKind == JsonValueKind.String
                        ? item.GetString()
                        : JsonRead.String(item, "Id") ?? JsonRead.String(item, "id") ?? JsonRead.String(item, "url"))
                    .OfType<string>()];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
