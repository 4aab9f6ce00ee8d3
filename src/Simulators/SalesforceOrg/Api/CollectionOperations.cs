using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>
/// sObject Collections: create (<c>POST composite/sobjects</c>) and upsert by external id
/// (<c>PATCH composite/sobjects/Task/{field}</c>). At most 200 records; 200 with one result per record in order;
/// <c>allOrNone</c> rolls back every record when one fails.
/// </summary>
internal sealed class CollectionOperations(TaskStore tasks)
{
    public const int MaxRecords = 200;

    private const string RolledBack = "Record rolled back because not all records were valid and the request was using AllOrNone header";

    public ApiResult Create(DataRequest request)
    {
        var (records, allOrNone) = Read(request);
        return Run(records, allOrNone, (record, _) =>
        {
            if (record.ContainsKey("Id"))
                throw new OrgException(400, ErrorCodes.InvalidField, "cannot specify Id in an insert call", "Id");

            return RecordJson.Saved(tasks.Create(WithoutAttributes(record)).Id);
        });
    }

    /// <summary><c>PATCH composite/sobjects</c>: each record names its <c>id</c>; results in request order.</summary>
    public ApiResult Update(DataRequest request)
    {
        var (records, allOrNone) = Read(request);
        return Run(records, allOrNone, (record, _) =>
        {
            var idKey = record.Select(property => property.Key).FirstOrDefault(key => key.Equals("Id", StringComparison.OrdinalIgnoreCase));
            if (idKey is null || record[idKey] is not JsonValue idValue || idValue.GetValueKind() != System.Text.Json.JsonValueKind.String)
                throw new OrgException(400, ErrorCodes.MissingArgument, "Id not specified in an update call", "Id");

            var body = WithoutAttributes(record);
            body.Remove(idKey);
            return RecordJson.Saved(tasks.Update(idValue.GetValue<string>(), body).Id);
        });
    }

    public ApiResult Upsert(DataRequest request, string type, string field)
    {
        if (!request.Version.HasUpsertCreatedFlag)
            return ApiResult.Error(404, ErrorCodes.NotFound, "The requested resource does not exist");

        if (type != "Task" || !field.Equals(tasks.ExternalIdField, StringComparison.OrdinalIgnoreCase))
            return ApiResult.Error(400, ErrorCodes.InvalidField, $"Provided external ID field does not exist or is not accessible: {field}");

        var (records, allOrNone) = Read(request);
        var keys = records.Select(record => (record?[tasks.ExternalIdField] as JsonValue)?.ToString()).ToList();
        var duplicates = keys.OfType<string>().GroupBy(key => key).Where(group => group.Count() > 1).Select(group => group.Key).ToHashSet();
        return Run(records, allOrNone, (record, index) =>
        {
            var key = keys[index] ?? throw new OrgException(400, ErrorCodes.RequiredFieldMissing, $"Required fields are missing: [{tasks.ExternalIdField}]", tasks.ExternalIdField);
            if (duplicates.Contains(key))
                throw new OrgException(400, ErrorCodes.DuplicateExternalId, $"Duplicate external id specified: {key}", tasks.ExternalIdField);

            var body = WithoutAttributes(record);
            body.Remove(tasks.ExternalIdField);
            var outcome = tasks.Upsert(tasks.ExternalIdField, key, body);
            return outcome.Matches.Count > 1
                ? throw new OrgException(400, ErrorCodes.DuplicateExternalId,
                    $"{tasks.ExternalIdField}: more than one record found for external id field: [{string.Join(", ", outcome.Matches)}]", tasks.ExternalIdField)
                : RecordJson.Saved(outcome.Record!.Id, outcome.Created);
        });
    }

    private ApiResult Run(IReadOnlyList<JsonObject?> records, bool allOrNone, Func<JsonObject, int, JsonObject> write)
    {
        var results = tasks.Atomically(
            () => records.Select((record, index) => Item(record, index, write)).ToList(),
            items => !allOrNone || items.All(item => item.Success));
        if (allOrNone && results.Any(item => !item.Success))
        {
            var rolledBack = new OrgError(ErrorCodes.AllOrNoneRolledBack, RolledBack);
            return new ApiResult(200, new JsonArray([.. results.Select(item => (JsonNode)(item.Success ? ErrorJson.Item([rolledBack]) : item.Json))]));
        }

        return new ApiResult(200, new JsonArray([.. results.Select(item => (JsonNode)item.Json)]));
    }

    private static (bool Success, JsonObject Json) Item(JsonObject? record, int index, Func<JsonObject, int, JsonObject> write)
    {
        try
        {
            if (record is null)
                throw new OrgException(400, ErrorCodes.JsonParserError, "Each record is a JSON object.");

            var type = (record["attributes"] as JsonObject)?["type"]?.ToString()
                       ?? throw new OrgException(400, ErrorCodes.InvalidType, "Must send a concrete entity type.");
            if (type != "Task")
                throw new OrgException(400, ErrorCodes.InvalidType, $"sObject type '{type}' is not supported by this simulator.");

            return (true, write(record, index));
        }
        catch (OrgException error)
        {
            return (false, ErrorJson.Item(error.Errors));
        }
    }

    private static (IReadOnlyList<JsonObject?> Records, bool AllOrNone) Read(DataRequest request)
    {
        var body = SObjectOperations.BodyObject(request);
        if (body["records"] is not JsonArray records)
            throw new OrgException(400, ErrorCodes.JsonParserError, "The body needs a records array.");

        if (records.Count > MaxRecords)
            throw new OrgException(400, ErrorCodes.ExceededIdLimit, $"record limit reached. cannot submit more than {MaxRecords} records into this call");

        var allOrNone = body["allOrNone"] is JsonValue flag && flag.TryGetValue<bool>(out var value) && value;
        return ([.. records.Select(record => record as JsonObject)], allOrNone);
    }

    private static JsonObject WithoutAttributes(JsonObject record)
    {
        var copy = record.DeepClone().AsObject();
        copy.Remove("attributes");
        return copy;
    }
}
