using System.Text.Json;
using System.Text.Json.Nodes;
using PureConnect.Icws.Dialer;

namespace PureConnect.Icws.Json;

/// <summary>Dialer JSON (§9.2): data pops, campaigns, request bodies. Unknown fields are ignored.</summary>
internal static class DialerJson
{
    private const string PreviewPopType = "urn:inin.com:dialer:previewPop";

    public static DialerDataPop ReadDataPop(JsonElement call)
    {
        var type = JsonRead.OptionalString(call, "__type") ?? "";
        var preview = type.EndsWith("previewPop", StringComparison.OrdinalIgnoreCase) || type == PreviewPopType
            || JsonRead.OptionalInt(call, "previewTimeout") is not null;
        return new DialerDataPop(
            JsonRead.RequiredString(call, "interactionId"),
            JsonRead.RequiredString(call, "campaignId"),
            JsonRead.OptionalString(call, "campaignName"),
            JsonRead.OptionalInt(call, "dialingMode") ?? (preview ? 0 : 1),
            ReadMap(call, "attributes"),
            JsonRead.Bool(call, "autoDisconnectOnDisposition"),
            JsonRead.Bool(call, "allowAgentCallbacks"),
            [.. JsonRead.Array(call, "dispositions").Where(d => d.ValueKind == JsonValueKind.Object).Select(d => new DialerDispositionOption(
                JsonRead.RequiredString(d, "label"),
                JsonRead.OptionalString(d, "wrapUpCategory") ?? "",
                JsonRead.OptionalString(d, "wrapUpCode"),
                JsonRead.Bool(d, "abandon")))],
            preview,
            JsonRead.OptionalBool(call, "callPlaced") ?? !preview,
            JsonRead.OptionalInt(call, "previewTimeout"),
            JsonRead.Bool(call, "allowSkip"),
            JsonRead.OptionalString(call, "timeZone"));
    }

    public static IReadOnlyList<DialerCampaignInfo> ReadCampaigns(JsonElement message, string name) =>
        [.. JsonRead.Array(message, name).Select(ReadCampaign)];

    /// <summary>The campaign of an auto log-in/log-out message: a <c>campaign</c> object, or the fields on the message.</summary>
    public static JsonElement CampaignOf(JsonElement message) =>
        JsonRead.TryGet(message, "campaign", out var campaign) && campaign.ValueKind == JsonValueKind.Object ? campaign : message;

    /// <summary>A campaign object (<c>{id, name?}</c>, also <c>campaignId</c>/<c>campaignName</c>) or a bare id.</summary>
    public static DialerCampaignInfo ReadCampaign(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            var id = JsonRead.AsText(value);
            return new DialerCampaignInfo(id, id);
        }

        var campaignId = JsonRead.OptionalString(value, "id") ?? JsonRead.RequiredString(value, "campaignId");
        var name = JsonRead.OptionalString(value, "name") ?? JsonRead.OptionalString(value, "campaignName") ?? campaignId;
        return new DialerCampaignInfo(campaignId, name, JsonRead.OptionalString(value, "timeZone"));
    }

    public static JsonObject Disposition(DialerDisposition disposition)
    {
        var body = new JsonObject { ["label"] = disposition.Label };
        if (disposition.ScheduledTime is { } at)
        {
            body["scheduledTime"] = at.ToUnixTimeSeconds();
            body["relativeTo"] = 0;
            if (!string.IsNullOrEmpty(disposition.ScheduledAgent))
            {
                body["scheduledAgent"] = disposition.ScheduledAgent;
            }
        }

        if (disposition.IsAbandon)
        {
            body["isAbandon"] = true;
        }

        return body;
    }

    private static Dictionary<string, string> ReadMap(JsonElement obj, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (JsonRead.TryGet(obj, name, out var value) && value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
            {
                map[property.Name] = property.Value.ValueKind == JsonValueKind.Null ? "" : JsonRead.AsText(property.Value);
            }
        }

        return map;
    }
}
