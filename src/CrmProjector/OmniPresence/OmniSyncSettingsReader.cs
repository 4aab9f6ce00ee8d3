using System.Text.Json.Nodes;
using PureConnect.Grains.Agents.Presence;
using PureConnect.Salesforce;

namespace PureConnect.CrmProjector.OmniPresence;

/// <summary>
/// Turns <see cref="OmniSyncOptions"/> into settings checked against the org: reads its presence statuses (and which of them have
/// a service channel), resolves DeveloperNames to ids, and refuses contradictions and unknown statuses with a message naming them.
/// </summary>
public static class OmniSyncSettingsReader
{
    public static async Task<(PresenceSyncSettings? Settings, string? Refusal)> ReadAsync(ISalesforceClient salesforce, OmniSyncOptions options,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<JsonObject> statuses;
        try
        {
            statuses = await salesforce.QueryAsync("SELECT Id, DeveloperName, MasterLabel FROM ServicePresenceStatus", cancellationToken);
        }
        catch (SalesforceApiException ex) when (ex.Errors.Any(e => e.ErrorCode == "INVALID_TYPE"))
        {
            return (null, "The Salesforce org has no Omni-Channel (ServicePresenceStatus is not available): enable Omni-Channel or set OmniSync:Enabled=false.");
        }

        var routable = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var link in await salesforce.QueryAsync("SELECT ServicePresenceStatusId FROM ServiceChannelStatus", cancellationToken))
            {
                if (link["ServicePresenceStatusId"]?.GetValue<string>() is { } id)
                    routable.Add(OmniIds.Normalize(id));
            }
        }
        catch (SalesforceApiException)
        {
            // Without the channel links, every status is taken as routable: a presence is then never applied during a call.
            routable = null;
        }

        var org = statuses.Select(s => new OmniStatus(Text(s, "Id"), Text(s, "DeveloperName"), Text(s, "MasterLabel"),
            routable is null || routable.Contains(OmniIds.Normalize(Text(s, "Id"))))).ToList();
        var settings = new PresenceSyncSettings(
            [.. options.Maps.Select(m => new PresenceMap(m.CicStatus?.Trim() ?? "", Resolve(org, m.OmniStatus), m.Direction))],
            org,
            string.IsNullOrWhiteSpace(options.TransitionCicStatus) ? null : options.TransitionCicStatus.Trim(),
            string.IsNullOrWhiteSpace(options.TransitionOmniStatus) ? null : Resolve(org, options.TransitionOmniStatus));
        if (settings.Maps.Count == 0)
            return (null, "OmniSync is enabled but has no status maps (OmniSync:Maps).");

        // Contradictions and unknown statuses are refused where the settings are stored (the settings grain).
        return (settings, null);
    }

    /// <summary>A DeveloperName becomes the status's id, <c>Offline</c> means logged out of Omni-Channel; anything else is kept as written
    /// (and refused later if unknown).</summary>
    private static string Resolve(IReadOnlyList<OmniStatus> org, string? idOrName)
    {
        var text = idOrName?.Trim() ?? "";
        if (string.Equals(text, OmniIds.Offline, StringComparison.OrdinalIgnoreCase))
            return OmniIds.Offline;

        return org.FirstOrDefault(s => OmniIds.Same(s.Id, text))?.Id
            ?? org.FirstOrDefault(s => string.Equals(s.DeveloperName, text, StringComparison.OrdinalIgnoreCase))?.Id
            ?? text;
    }

    private static string Text(JsonObject record, string field) => record[field]?.GetValue<string>() ?? "";
}
