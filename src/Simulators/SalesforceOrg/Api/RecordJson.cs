using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>Records and save results as the REST API writes them.</summary>
internal static class RecordJson
{
    public static JsonObject Task(TaskRecord record, ApiVersion version)
    {
        var json = Attributes("Task", record.Id, version);
        foreach (var (name, value) in record.Fields.OrderBy(field => field.Key == "Id" ? "" : field.Key, StringComparer.Ordinal))
            json[name] = Value(value);

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
