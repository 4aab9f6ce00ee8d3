using System.Globalization;

namespace PureConnect.Salesforce.Http;

/// <summary>Reads <c>Sforce-Limit-Info: api-usage=18/5000[, per-app-api-usage=17/250(appName=x)]</c>.</summary>
internal static class LimitInfoHeader
{
    public const string Name = "Sforce-Limit-Info";

    private const string ApiUsageKey = "api-usage=";

    /// <summary>The org-wide <c>api-usage</c> entry; null when absent or malformed (per-app entries are ignored).</summary>
    public static ApiUsage? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;

        foreach (var entry in value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!entry.StartsWith(ApiUsageKey, StringComparison.OrdinalIgnoreCase))
                continue;

            var numbers = entry[ApiUsageKey.Length..].Split('/', 2, StringSplitOptions.TrimEntries);
            if (numbers.Length == 2
                && long.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var used)
                && long.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
                return new ApiUsage(used, limit);
        }

        return null;
    }

    public static ApiUsage? Read(HttpResponseMessage response) =>
        response.Headers.TryGetValues(Name, out var values) ? Parse(string.Join(", ", values)) : null;
}
