using System.Text.Json;
using PureConnect.Salesforce.Describe;

namespace PureConnect.Salesforce.Json;

/// <summary>Reads a describe result, tolerating missing keys (a missing flag reads as false).</summary>
internal static class DescribeParser
{
    public static SObjectDescription Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var fields = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("fields", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(field => JsonRead.String(field, "name") is not null).Select(field => new SObjectField(
                JsonRead.String(field, "name")!,
                JsonRead.String(field, "type") ?? "",
                JsonRead.Bool(field, "externalId") ?? false,
                JsonRead.Bool(field, "createable") ?? false,
                JsonRead.Bool(field, "updateable") ?? false,
                JsonRead.Bool(field, "nillable") ?? false,
                field.TryGetProperty("length", out var length) && length.TryGetInt32(out var value) ? value : 0)).ToList()
            : [];
        return new SObjectDescription(JsonRead.String(root, "name") ?? "", fields);
    }
}
