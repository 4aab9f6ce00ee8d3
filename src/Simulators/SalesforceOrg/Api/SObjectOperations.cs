using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>Single-record resources: <c>sobjects/Task</c>, <c>sobjects/Task/{id}</c>, <c>sobjects/Task/{field}/{value}</c>,
/// and reads of Contacts, Leads and Accounts.</summary>
internal sealed class SObjectOperations(TaskStore tasks, RecordDirectory directory, TaskFields taskFields)
{
    public ApiResult Create(DataRequest request)
    {
        var record = tasks.Create(BodyObject(request));
        return new ApiResult(201, RecordJson.Saved(record.Id), Location(request, record.Id));
    }

    public ApiResult Get(DataRequest request, string type, string id)
    {
        if (type == "Task")
        {
            var selected = TaskFieldsOf(request);
            return new ApiResult(200, RecordJson.Task(tasks.Get(id), request.Version, selected));
        }

        var names = FieldsOf(request, type, name => PhoneRecord.FieldNames.FirstOrDefault(known => known.Equals(name, StringComparison.OrdinalIgnoreCase)))
                    ?? PhoneRecord.FieldNames;
        var record = directory.Find(id);
        return record is null || record.Type != type
            ? ApiResult.Error(404, ErrorCodes.NotFound, "The requested resource does not exist")
            : new ApiResult(200, RecordJson.Record(record, names, request.Version));
    }

    public ApiResult Describe(DataRequest request) => new(200, DescribeJson.Task(taskFields, request.Version));

    /// <summary>The Task fields a GET answers with: those of <c>?fields=</c>, else every field (null when it has no value).</summary>
    private IReadOnlyList<string> TaskFieldsOf(DataRequest request) =>
        FieldsOf(request, "Task", name => taskFields.Find(name)?.Name) ?? [.. taskFields.All.Select(field => field.Name)];

    /// <summary>The canonical names of <c>?fields=a,b</c>, or null without the parameter; an unknown name is 400 <c>INVALID_FIELD</c>.</summary>
    private static IReadOnlyList<string>? FieldsOf(DataRequest request, string type, Func<string, string?> canonical)
    {
        if (!request.Query.TryGetValue("fields", out var list))
            return null;

        var names = new List<string> { "Id" };
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var known = canonical(name) ?? throw new OrgException(400, ErrorCodes.InvalidField,
                $"No such column '{name}' on entity '{type}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.");
            if (!names.Contains(known))
                names.Add(known);
        }

        return names;
    }

    public ApiResult Update(DataRequest request, string id)
    {
        tasks.Update(id, BodyObject(request));
        return ApiResult.NoContent;
    }

    public ApiResult Delete(string id)
    {
        tasks.Delete(id);
        return ApiResult.NoContent;
    }

    /// <summary>201 created; 200 <c>created:false</c> (204 before v46.0) updated; 300 with the matching records' URLs.</summary>
    public ApiResult Upsert(DataRequest request, string field, string value)
    {
        var outcome = tasks.Upsert(field, value, BodyObject(request));
        if (outcome.Matches.Count > 1)
            return MultipleChoices(request, outcome.Matches);

        var id = outcome.Record!.Id;
        var flag = request.Version.HasUpsertCreatedFlag ? outcome.Created : (bool?)null;
        return outcome.Created
            ? new ApiResult(201, RecordJson.Saved(id, flag), Location(request, id))
            : request.Version.HasUpsertCreatedFlag ? new ApiResult(200, RecordJson.Saved(id, flag)) : ApiResult.NoContent;
    }

    public ApiResult GetByExternalId(DataRequest request, string field, string value)
    {
        if (!field.Equals(tasks.ExternalIdField, StringComparison.OrdinalIgnoreCase))
            return ApiResult.Error(404, ErrorCodes.NotFound, $"Provided external ID field does not exist or is not accessible: {field}");

        var matches = tasks.Matching(value);
        return matches.Count switch
        {
            0 => ApiResult.Error(404, ErrorCodes.NotFound, "The requested resource does not exist"),
            1 => new ApiResult(200, RecordJson.Task(matches[0], request.Version, TaskFieldsOf(request))),
            _ => MultipleChoices(request, [.. matches.Select(match => match.Id)]),
        };
    }

    public static JsonObject BodyObject(DataRequest request) =>
        request.Body as JsonObject ?? throw new OrgException(400, ErrorCodes.JsonParserError, "The request body must be a JSON object.");

    private static ApiResult MultipleChoices(DataRequest request, IReadOnlyList<string> ids) =>
        new(300, new JsonArray([.. ids.Select(id => (JsonNode)JsonValue.Create(request.Version.SObjectUrl("Task", id)))]));

    private static Dictionary<string, string> Location(DataRequest request, string id) =>
        new() { ["Location"] = request.Version.SObjectUrl("Task", id) };
}
