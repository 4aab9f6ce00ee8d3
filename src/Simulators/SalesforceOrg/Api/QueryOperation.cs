using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;
using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>
/// <c>GET query?q=SOQL</c> and the next pages (<c>GET query/{locator}-{offset}</c>): <c>{totalSize, done, records,
/// nextRecordsUrl?}</c>, <see cref="SalesforceOrgOptions.QueryBatchSize"/> records a page. Objects: Task (deleted ones left
/// out), Contact, Lead, Account, User (Id, Username, FederationIdentifier, Email, IsActive), and Omni-Channel's ServicePresenceStatus,
/// ServiceChannelStatus and UserServicePresence (absent from an org without Omni-Channel), and Files (<see cref="FileQuerySource"/>). Each page is one API call.
/// The last 100 query results are kept for paging; an older or unknown locator is 400 <c>INVALID_QUERY_LOCATOR</c>.
/// </summary>
internal sealed class QueryOperation(TaskStore tasks, TaskFields taskFields, RecordDirectory directory, PresenceStore presence, ContentStore files,
    SalesforceOrgOptions options)
{
    private const int KeptResults = 100;
    private static readonly string[] PresenceFields =
        ["Id", "UserId", "ServicePresenceStatusId", "IsCurrentState", "IsAway", "StatusStartDate", "StatusEndDate", "StatusDuration", "ConfiguredCapacity"];
    private static readonly string[] StatusFields = ["Id", "DeveloperName", "MasterLabel", "Language"];
    private static readonly string[] ChannelStatusFields = ["Id", "ServicePresenceStatusId", "ServiceChannelId"];
    private static readonly string[] UserFields = ["Id", "Username", "FederationIdentifier", "Email", "IsActive"];

    private readonly ConcurrentDictionary<string, IReadOnlyList<JsonObject>> _results = new();
    private readonly ConcurrentQueue<string> _order = new();
    private long _locators;

    public ApiResult Run(DataRequest request)
    {
        if (!request.Query.TryGetValue("q", out var soql) || string.IsNullOrWhiteSpace(soql))
            return ApiResult.Error(400, ErrorCodes.MalformedQuery, "The q parameter is required.");

        var query = SoqlParser.Parse(soql);
        var (type, columns, rows) = FileQuerySource.Find(files, query) ?? Source(query.Object);
        var records = SoqlEvaluator.Run(query, type, columns, rows)
            .Select(row => Record(type, query.Fields.Select(f => columns.First(c => c.Equals(f, StringComparison.OrdinalIgnoreCase))).ToList(), row, request.Version))
            .ToList();
        if (records.Count <= BatchSize)
            return Page(records, 0, null, request.Version);

        var locator = $"01gSIM{Interlocked.Increment(ref _locators):D12}";
        _results[locator] = records;
        _order.Enqueue(locator);
        while (_order.Count > KeptResults && _order.TryDequeue(out var old))
            _results.TryRemove(old, out _);

        return Page(records, 0, locator, request.Version);
    }

    public ApiResult Next(DataRequest request, string locatorAndOffset)
    {
        var dash = locatorAndOffset.LastIndexOf('-');
        if (dash < 0 || !int.TryParse(locatorAndOffset[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            || !_results.TryGetValue(locatorAndOffset[..dash], out var records) || offset > records.Count)
            return ApiResult.Error(400, ErrorCodes.InvalidQueryLocator, "invalid query locator");

        return Page(records, offset, locatorAndOffset[..dash], request.Version);
    }

    private int BatchSize => Math.Max(1, options.QueryBatchSize);

    private ApiResult Page(IReadOnlyList<JsonObject> records, int offset, string? locator, ApiVersion version)
    {
        var page = records.Skip(offset).Take(BatchSize).Select(record => (JsonNode)record.DeepClone()).ToList();
        var next = offset + page.Count;
        var body = new JsonObject
        {
            ["totalSize"] = records.Count,
            ["done"] = next >= records.Count,
        };
        if (next < records.Count)
            body["nextRecordsUrl"] = $"/services/data/{version.Text}/query/{locator}-{next}";

        body["records"] = new JsonArray([.. page]);
        return new ApiResult(200, body);
    }

    private (string Type, IReadOnlyList<string> Columns, IEnumerable<Func<string, object?>> Rows) Source(string name)
    {
        if (name.Equals("Task", StringComparison.OrdinalIgnoreCase))
        {
            return ("Task", [.. taskFields.All.Select(field => field.Name)],
                tasks.All().Where(task => !task.IsDeleted).Select(task => (Func<string, object?>)(field => task.Fields.GetValueOrDefault(field))));
        }

        if (name.Equals("User", StringComparison.OrdinalIgnoreCase))
        {
            return ("User", UserFields, presence.Users().Select(user => (Func<string, object?>)(field => field switch
            {
                "Id" => user.Id,
                "Username" => user.UserName,
                "FederationIdentifier" => user.FederationIdentifier,
                "Email" => user.Email,
                "IsActive" => true,
                _ => null,
            })));
        }

        if (options.OmniChannelEnabled && OmniSource(name) is { } omni)
            return omni;

        if (RecordTypes.Canonical(name) is { } type && type is "Contact" or "Lead" or "Account")
        {
            IReadOnlyList<string> columns = type == "Contact" ? PhoneRecord.FieldNames : [.. PhoneRecord.FieldNames.Where(field => field != "AccountId")];
            return (type, columns, directory.All().Where(record => record.Type == type).Select(record => (Func<string, object?>)record.Get));
        }

        throw new OrgException(400, ErrorCodes.InvalidType,
            $"sObject type '{name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.");
    }

    private (string, IReadOnlyList<string>, IEnumerable<Func<string, object?>>)? OmniSource(string name)
    {
        if (name.Equals("UserServicePresence", StringComparison.OrdinalIgnoreCase))
        {
            return ("UserServicePresence", PresenceFields, presence.Rows().Select(row => (Func<string, object?>)(field => field switch
            {
                "Id" => row.Id,
                "UserId" => row.UserId,
                "ServicePresenceStatusId" => row.ServicePresenceStatusId,
                "IsCurrentState" => row.IsCurrentState,
                "IsAway" => !(presence.Status(row.ServicePresenceStatusId)?.Routable ?? false),
                "StatusStartDate" => SalesforceTime.Format(row.StatusStartDate),
                "StatusEndDate" => row.StatusEndDate is { } end ? SalesforceTime.Format(end) : null,
                "StatusDuration" => row.StatusEndDate is { } ended ? (long)(ended - row.StatusStartDate).TotalSeconds : null,
                "ConfiguredCapacity" => 5L,
                _ => null,
            })));
        }

        if (name.Equals("ServicePresenceStatus", StringComparison.OrdinalIgnoreCase))
        {
            return ("ServicePresenceStatus", StatusFields, presence.Statuses.Select(status => (Func<string, object?>)(field => field switch
            {
                "Id" => status.Id,
                "DeveloperName" => status.DeveloperName,
                "MasterLabel" => status.Label,
                "Language" => "en_US",
                _ => null,
            })));
        }

        if (name.Equals("ServiceChannelStatus", StringComparison.OrdinalIgnoreCase))
        {
            return ("ServiceChannelStatus", ChannelStatusFields, presence.ChannelLinks.Select(link => (Func<string, object?>)(field => field switch
            {
                "Id" => link.Id,
                "ServicePresenceStatusId" => link.StatusId,
                "ServiceChannelId" => link.ChannelId,
                _ => null,
            })));
        }

        return null;
    }

    private static JsonObject Record(string type, IReadOnlyList<string> fields, Func<string, object?> row, ApiVersion version)
    {
        var id = row("Id") as string ?? "";
        var json = new JsonObject { ["attributes"] = new JsonObject { ["type"] = type, ["url"] = version.SObjectUrl(type, id) } };
        foreach (var field in fields)
            json[field] = RecordJson.Value(row(field));

        return json;
    }
}
