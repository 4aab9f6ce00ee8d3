using System.Text.Json;

namespace PureConnect.Salesforce.Json;

/// <summary>
/// Reads Salesforce errors from any of the shapes it sends: a top-level array of <c>{message, errorCode, fields}</c>
/// (failed request), <c>{success:false, errors:[{statusCode, message, fields}]}</c> (collection item),
/// <c>{error, error_description}</c> (token endpoint) or a single error object. Unreadable bodies give no errors.
/// </summary>
internal static class ErrorParser
{
    public static IReadOnlyList<SalesforceError> Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return [];

        try
        {
            using var document = JsonDocument.Parse(body);
            return Parse(document.RootElement);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static IReadOnlyList<SalesforceError> Parse(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => [.. element.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object).Select(ParseOne)],
        JsonValueKind.Object when element.TryGetProperty("errors", out var errors) => Parse(errors),
        JsonValueKind.Object when element.TryGetProperty("error", out var error) => [new SalesforceError(
            error.GetString() ?? "",
            JsonRead.String(element, "error_description") ?? "",
            [])],
        JsonValueKind.Object => [ParseOne(element)],
        _ => [],
    };

    private static SalesforceError ParseOne(JsonElement error) => new(
        JsonRead.String(error, "errorCode") ?? JsonRead.String(error, "statusCode") ?? "UNKNOWN_ERROR",
        JsonRead.String(error, "message") ?? "",
        JsonRead.Strings(error, "fields"));
}
