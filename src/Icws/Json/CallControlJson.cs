using System.Text.Json;
using System.Text.Json.Nodes;

namespace PureConnect.Icws.Json;

/// <summary>JSON contracts of the call controls (§7.4, §7.5) and the directory lookup.</summary>
internal static class CallControlJson
{
    public static JsonObject Transfer(TransferTarget target, JsonObject? body = null)
    {
        body ??= [];
        if (target.Queue is { } queue)
            body["queueID"] = new JsonObject { ["queueType"] = (int)queue.Type, ["queueName"] = queue.Name };
        else
            body["target"] = target.Target;
        return body;
    }

    public static JsonObject Record(bool on, bool supervisor) => new() { ["on"] = on, ["supervisor"] = supervisor };

    public static JsonObject Audience(ConsultAudience audience) => new()
    {
        ["audience"] = new JsonObject
        {
            ["originalParty"] = audience.HasFlag(ConsultAudience.OriginalParty),
            ["consultedParty"] = audience.HasFlag(ConsultAudience.ConsultedParty),
        },
    };

    public static JsonObject Interactions(IEnumerable<string> ids) => new() { ["interactions"] = InteractionJson.Strings(ids) };

    public static ConsultStarted ReadConsult(JsonElement root) =>
        new(JsonRead.RequiredString(root, "consultId"), JsonRead.RequiredString(root, "consultInteractionId"));

    /// <summary>The request id of an assistance request, under whichever name the server uses ([U]).</summary>
    public static string? ReadRequestId(JsonElement root) =>
        JsonRead.OptionalString(root, "requestId") ?? JsonRead.OptionalString(root, "agentAssistanceRequestId") ?? JsonRead.OptionalString(root, "id");

    public static JsonObject Lookup(string text, IReadOnlyList<LookupEntryType> types, int maxEntries) => new()
    {
        ["lookupEntryTypes"] = new JsonArray([.. types.Select(t => (JsonNode)(int)t)]),
        ["lookupEntryProperties"] = new JsonArray(1, 2, 3, 5, 6),
        ["lookupComparisonType"] = 2,
        ["lookupString"] = text,
        ["maxEntries"] = maxEntries,
    };

    public static DirectorySearchResult ReadLookup(JsonElement root) => new(
        [.. JsonRead.Array(root, "lookupEntriesList").Where(e => e.ValueKind == JsonValueKind.Object).Select(ReadEntry)],
        JsonRead.Bool(root, "moreEntriesMatched"));

    public static AccountCodes ReadAccountCodes(JsonElement root) => new(
        JsonRead.OptionalBool(root, "accountCodesEnabled"),
        [.. JsonRead.Array(root, "items").Select(item =>
        {
            var id = JsonRead.TryGet(item, "configurationId", out var configurationId) ? JsonRead.RequiredString(configurationId, "id") : JsonRead.RequiredString(item, "id");
            var display = JsonRead.TryGet(item, "configurationId", out var named) ? JsonRead.OptionalString(named, "displayName") : null;
            return new AccountCode(id, JsonRead.OptionalString(item, "description") ?? display ?? id);
        })]);

    private static DirectoryEntry ReadEntry(JsonElement entry)
    {
        var type = JsonRead.OptionalInt(entry, "lookupEntryType") is { } value && Enum.IsDefined((LookupEntryType)value) ? (LookupEntryType)value : LookupEntryType.None;
        var id = JsonRead.OptionalString(entry, "entryID") ?? "";
        var name = JsonRead.OptionalString(entry, "displayName")
            ?? string.Join(' ', new[] { JsonRead.OptionalString(entry, "firstName"), JsonRead.OptionalString(entry, "lastName") }.Where(n => !string.IsNullOrEmpty(n)));
        return new DirectoryEntry(type, id, name.Length > 0 ? name : id, JsonRead.OptionalString(entry, "extension"),
            JsonRead.OptionalString(entry, "statusID"), JsonRead.OptionalBool(entry, "onPhone"), JsonRead.OptionalBool(entry, "loggedIn"),
            JsonRead.OptionalBool(entry, "allowsTransfer"));
    }
}
