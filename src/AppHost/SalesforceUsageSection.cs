using System.Globalization;
using System.Net;
using System.Text.Json;

namespace PureConnect.AppHost;

/// <summary>The Salesforce API usage line of the operations page, read from CrmProjector's
/// <c>/operations/salesforce-usage</c> with the operator key.</summary>
public static class SalesforceUsageSection
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <summary>The line for the page, or null when the projector does not answer (not started, or no org configured).</summary>
    public static async Task<string?> FetchAsync(Uri projector, string operationsKey, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(projector, "/operations/salesforce-usage"));
            request.Headers.Add("X-Operations-Key", operationsKey);
            using var response = await Http.SendAsync(request, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK ? Describe(await response.Content.ReadAsStringAsync(cancellationToken)) : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            return null;
        }
    }

    /// <summary>E.g. <c>95,000 of 100,000 requests used (share 90 %): AtShare; screen-pop searches paused; call logs every 00:01:00</c>.</summary>
    public static string Describe(string usageJson)
    {
        using var document = JsonDocument.Parse(usageJson);
        var usage = document.RootElement;
        if (usage.GetProperty("used").ValueKind != JsonValueKind.Number)
            return "not known yet";

        var line = string.Format(CultureInfo.InvariantCulture, "{0:N0} of {1:N0} requests used (share {2:P0}): {3}",
            usage.GetProperty("used").GetInt64(), usage.GetProperty("limit").GetInt64(), usage.GetProperty("share").GetDouble(),
            usage.GetProperty("level").GetString());
        if (usage.GetProperty("searchesPaused").GetBoolean())
            line += "; screen-pop searches paused";

        return line + $"; call logs every {usage.GetProperty("callLogInterval").GetString()}";
    }
}
