using System.Text.Json;
using System.Text.Json.Nodes;

namespace PureConnect.Icws.Json;

/// <summary>JSON contracts of the connection API (§1, §2.3).</summary>
internal static class ConnectionJson
{
    /// <summary>The login body; <c>__type</c> first, <c>userID</c> with a capital ID as the server expects.</summary>
    public static JsonObject Request(IcwsCredentials credentials, string applicationName) => new()
    {
        ["__type"] = "urn:inin.com:connection:icAuthConnectionRequestSettings",
        ["applicationName"] = applicationName,
        ["userID"] = credentials.UserId,
        ["password"] = credentials.Password,
    };

    /// <summary>Features as <c>[{featureId, version}]</c> or wrapped in <c>{featureInfoList: [...]}</c>; ids are case-insensitive.</summary>
    public static IReadOnlyDictionary<string, int> ReadFeatures(JsonElement owner, string name)
    {
        var features = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (!JsonRead.TryGet(owner, name, out var value))
            return features;

        var list = value.ValueKind == JsonValueKind.Object ? JsonRead.Array(value, "featureInfoList") : JsonRead.Array(owner, name);
        foreach (var feature in list)
        {
            if (JsonRead.OptionalString(feature, "featureId") is { Length: > 0 } id)
                features[id] = JsonRead.OptionalInt(feature, "version") ?? 0;
        }

        return features;
    }

    /// <summary><c>{authentication: {allowIcAuth, userAgreementText}}</c>; missing parts mean no agreement and IC auth allowed.</summary>
    public static IcwsServerInfo ReadServerInfo(JsonElement root) =>
        JsonRead.TryGet(root, "authentication", out var authentication)
            ? new IcwsServerInfo(JsonRead.OptionalString(authentication, "userAgreementText"), JsonRead.OptionalBool(authentication, "allowIcAuth") ?? true)
            : IcwsServerInfo.Unknown;

    /// <summary>
    /// <c>effectiveStation</c> (<c>include=effective-station</c>): <c>{stationId: configurationId}</c>; the id of the
    /// configuration id, tolerating a bare string id. Null when absent or null.
    /// </summary>
    public static string? ReadEffectiveStationId(JsonElement owner)
    {
        if (!JsonRead.TryGet(owner, "effectiveStation", out var station) || !JsonRead.TryGet(station, "stationId", out var id))
            return null;
        var text = id.ValueKind == JsonValueKind.Object ? JsonRead.OptionalString(id, "id") : JsonRead.AsText(id);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public static IReadOnlyList<string> ReadAlternateHosts(JsonElement owner) =>
        [.. JsonRead.StringArray(owner, "alternateHostList").Select(host => host.Trim()).Where(host => host.Length > 0)];
}
