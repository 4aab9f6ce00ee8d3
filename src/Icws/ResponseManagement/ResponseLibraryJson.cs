using System.Text.Json;
using System.Text.Json.Nodes;
using PureConnect.Icws.Json;
using PureConnect.Icws.Messages;

namespace PureConnect.Icws.ResponseManagement;

/// <summary>Reads and writes the Response Management shapes (channels facts §6.1). Tolerant: unknown fields are ignored,
/// missing lists read as empty, a missing name as "", an unknown item type as <see cref="ResponseItemType.Unknown"/>.</summary>
internal static class ResponseLibraryJson
{
    public static ResponseLibrary ReadLibrary(JsonElement library) => new(
        JsonRead.RequiredString(library, "id"),
        JsonRead.OptionalString(library, "name") ?? "",
        JsonRead.OptionalString(library, "description"),
        [.. JsonRead.Array(library, "categories").Where(IsObject).Select(ReadCategory)],
        [.. JsonRead.Array(library, "items").Where(IsObject).Select(ReadItem)]);

    public static ResponseManagementMessage ReadMessage(JsonElement message) => new(
        [.. JsonRead.Array(message, "librariesAdded").Where(IsObject).Select(ReadHandle)],
        [.. JsonRead.Array(message, "librariesChanged").Where(IsObject).Select(ReadHandle)],
        JsonRead.StringArray(message, "librariesRemoved"));

    public static JsonObject Write(ResponseLibrary library)
    {
        var json = new JsonObject { ["id"] = library.Id, ["name"] = library.Name };
        if (library.Description is { } description)
            json["description"] = description;
        json["categories"] = new JsonArray([.. library.Categories.Select(WriteCategory)]);
        json["items"] = new JsonArray([.. library.Items.Select(WriteItem)]);
        return json;
    }

    private static ResponseCategory ReadCategory(JsonElement category) => new(
        JsonRead.RequiredString(category, "id"),
        JsonRead.OptionalString(category, "name") ?? "",
        [.. JsonRead.Array(category, "categories").Where(IsObject).Select(ReadCategory)],
        [.. JsonRead.Array(category, "items").Where(IsObject).Select(ReadItem)]);

    private static ResponseItem ReadItem(JsonElement item)
    {
        var type = JsonRead.OptionalInt(item, "type") ?? 0;
        return new ResponseItem(
            JsonRead.RequiredString(item, "id"),
            JsonRead.OptionalString(item, "name") ?? "",
            Enum.IsDefined((ResponseItemType)type) && type >= 0 ? (ResponseItemType)type : ResponseItemType.Unknown,
            JsonRead.OptionalString(item, "shortcut") is { Length: > 0 } shortcut ? shortcut : null,
            JsonRead.StringArray(item, "keywords"),
            JsonRead.OptionalString(item, "value") ?? "");
    }

    private static ResponseLibraryHandle ReadHandle(JsonElement handle) => new(
        JsonRead.RequiredString(handle, "id"),
        JsonRead.OptionalString(handle, "name") ?? "",
        JsonRead.RequiredString(handle, "url"),
        JsonRead.OptionalString(handle, "cacheTag"));

    private static JsonObject WriteCategory(ResponseCategory category) => new()
    {
        ["id"] = category.Id,
        ["name"] = category.Name,
        ["categories"] = new JsonArray([.. category.Categories.Select(WriteCategory)]),
        ["items"] = new JsonArray([.. category.Items.Select(WriteItem)]),
    };

    private static JsonObject WriteItem(ResponseItem item)
    {
        var json = new JsonObject
        {
            ["id"] = item.Id,
            ["name"] = item.Name,
            ["type"] = (int)(item.Type == ResponseItemType.Unknown ? ResponseItemType.Text : item.Type),
        };
        if (item.Shortcut is { Length: > 0 } shortcut)
            json["shortcut"] = shortcut;
        json["keywords"] = new JsonArray([.. item.Keywords.Select(k => (JsonNode)JsonValue.Create(k))]);
        json["value"] = item.Value;
        return json;
    }

    private static bool IsObject(JsonElement element) => element.ValueKind == JsonValueKind.Object;
}
