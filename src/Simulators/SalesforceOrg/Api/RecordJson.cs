using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>Records and save results as the REST API writes them.</summary>
internal static class RecordJson
{
    /// <summary>The Task with <paramref name="fields"/> in that order, a field without a value as null (as a record GET answers);
    /// without a list, the fields it has, Id first.</summary>
    public static JsonObject Task(TaskRecord record, ApiVersion version, IReadOnlyList<string>? fields = null)
    {
        var json = Attributes("Task", record.Id, version);
        var names = fields ?? [.. record.Fields.Keys.OrderBy(name => name == "Id" ? "" : name, StringComparer.Ordinal)];
        foreach (var name in names)
            json[name] = Value(record.Fields.GetValueOrDefault(name));

        return json;
    }

    public static JsonObject Record(PhoneRecord record, IEnumerable<string> fields, ApiVersion version)
    {
        var json = Attributes(record.Type, record.Id, version);
        foreach (var field in fields)
            json[field] = record.Get(field);

        return json;
    }

    /// <summary><c>{id, success:true, errors:[]}</c>, with <c>created</c> for upserts from v46.0.</summary>
    public static JsonObject Saved(string id, bool? created = null)
    {
        var json = new JsonObject { ["id"] = id, ["success"] = true, ["errors"] = new JsonArray() };
        if (created is { } flag)
            json["created"] = flag;

        return json;
    }

    public static JsonNode? Value(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        long l => JsonValue.Create(l),
        bool b => JsonValue.Create(b),
        _ => JsonValue.Create(value.ToString()),
    };

    private static JsonObject Attributes(string type, string id, ApiVersion version) => new()
    {
        ["attributes"] = new JsonObject { ["type"] = type, ["url"] = version.SObjectUrl(type, id) },
    };
}
