using System.Text.Json;

namespace PureConnect.Salesforce.Json;

/// <summary>Reads <c>GET /limits</c>. Only <c>DailyApiRequests</c> is used; a missing or oddly shaped entry gives null
/// rather than an error, since the key names are unconfirmed and the header carries the same figures.</summary>
internal static class LimitsParser
{
    public static ApiUsage? DailyApiRequests(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("DailyApiRequests", out var daily) || daily.ValueKind != JsonValueKind.Object
            || !daily.TryGetProperty("Max", out var max) || !max.TryGetInt64(out var limit)
            || !daily.TryGetProperty("Remaining", out var remaining) || !remaining.TryGetInt64(out var left))
        {
            return null;
        }

        return new ApiUsage(Math.Max(0, limit - left), limit);
    }
}
