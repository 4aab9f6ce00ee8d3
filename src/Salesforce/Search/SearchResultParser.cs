using System.Text.Json;
using PureConnect.Salesforce.Json;

namespace PureConnect.Salesforce.Search;

/// <summary>Reads a SOSL answer: <c>{"searchRecords":[...]}</c> in current versions, a bare array in old ones.</summary>
internal static class SearchResultParser
{
    public static IReadOnlyList<PhoneSearchMatch> Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var records = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("searchRecords", out var found) ? found : root;
        if (records.ValueKind != JsonValueKind.Array)
            throw new JsonException("A search result has a searchRecords array.");

        return [.. records.EnumerateArray().Select(ParseOne).OfType<PhoneSearchMatch>()];
    }

    private static PhoneSearchMatch? ParseOne(JsonElement record)
    {
        var type = record.TryGetProperty("attributes", out var attributes) ? JsonRead.String(attributes, "type") : null;
        var id = JsonRead.String(record, "Id");
        return type is null || id is null ? null : new PhoneSearchMatch(type, id, JsonRead.String(record, "Name"), JsonRead.String(record, "Phone"));
    }
}
