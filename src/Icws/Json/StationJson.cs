using System.Text.Json;
using System.Text.Json.Nodes;

namespace PureConnect.Icws.Json;

/// <summary>JSON contracts of the station API (§3).</summary>
internal static class StationJson
{
    private const string Namespace = "urn:inin.com:connection:";

    public static StationInfo ReadStationInfo(JsonElement item) => new(
        JsonRead.RequiredString(item, "id"),
        JsonRead.OptionalString(item, "extension") ?? "",
        JsonRead.OptionalInt(item, "stationSetting") ?? 0,
        JsonRead.OptionalString(item, "remoteNumber"));

    public static StationInfo? ReadOptionalStationInfo(JsonElement owner, string name) =>
        JsonRead.TryGet(owner, name, out var item) && item.ValueKind == JsonValueKind.Object ? ReadStationInfo(item) : null;

    /// <summary>The station body; <c>__type</c> comes first because the server picks the concrete type from it.</summary>
    public static JsonObject Write(StationSettings settings)
    {
        var body = settings switch
        {
            WorkstationSettings w => new JsonObject { ["__type"] = Namespace + "workstationSettings", ["workstation"] = w.Workstation },
            RemoteWorkstationSettings r => WithOptional(
                new JsonObject { ["__type"] = Namespace + "remoteWorkstationSettings", ["workstation"] = r.Workstation },
                "remoteNumber",
                r.RemoteNumber),
            RemoteNumberSettings n => new JsonObject
            {
                ["__type"] = Namespace + "remoteNumberSettings",
                ["remoteNumber"] = n.RemoteNumber,
                ["persistentConnection"] = n.PersistentConnection,
            },
            _ => throw new ArgumentException($"Unsupported station settings {settings.GetType().Name}.", nameof(settings)),
        };

        body["readyForInteractions"] = settings.ReadyForInteractions;
        if (settings.SupportedMediaTypes is { } mediaTypes)
            body["supportedMediaTypes"] = new JsonArray([.. mediaTypes.Select(type => (JsonNode)type)]);
        return body;
    }

    private static JsonObject WithOptional(JsonObject body, string name, string? value)
    {
        if (value is not null)
            body[name] = value;
        return body;
    }
}
