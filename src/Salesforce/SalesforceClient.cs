using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PureConnect.Salesforce.Auth;
using PureConnect.Salesforce.Composite;
using PureConnect.Salesforce.Http;
using PureConnect.Salesforce.Json;
using PureConnect.Salesforce.Search;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce;

/// <summary>The REST client of <see cref="ISalesforceClient"/>; build it with
/// <see cref="SalesforceServiceCollectionExtensions.AddSalesforceClient"/>.</summary>
public sealed class SalesforceClient : ISalesforceClient, IDisposable
{
    private const int MaxCollectionRecords = 200;

    private readonly HttpClient _http;
    private readonly SalesforceClientOptions _options;
    private readonly ApiUsageMonitor _usage;
    private readonly TokenProvider _tokens;
    private readonly ILogger _logger;

    internal SalesforceClient(HttpClient http, SalesforceClientOptions options, ApiUsageMonitor usage, TimeProvider time, ILogger<SalesforceClient> logger)
    {
        _http = http;
        _options = options;
        _usage = usage;
        _logger = logger;
        _tokens = new TokenProvider(http, options, time, logger);
    }

    /// <inheritdoc />
    public ApiUsage? ApiUsage => _usage.Current;

    /// <inheritdoc />
    public async Task<SaveResult> CreateTaskAsync(SalesforceTask task, CancellationToken cancellationToken = default)
    {
        var body = TaskJson.Write(task, _options.ExternalIdField, withAttributes: false);
        var response = await SendAsync(HttpMethod.Post, "sobjects/Task", body, "Task create", cancellationToken).ConfigureAwait(false);
        return Read(SaveResultParser.ParseOne, response, "Task create");
    }

    /// <inheritdoc />
    public async Task UpdateTaskAsync(string id, SalesforceTask changes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var body = TaskJson.Write(changes, externalIdField: null, withAttributes: false);
        await SendAsync(HttpMethod.Patch, $"sobjects/Task/{Uri.EscapeDataString(id)}", body, "Task update", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<SaveResult> UpsertTaskAsync(SalesforceTask task, CancellationToken cancellationToken = default)
    {
        try
        {
            return await UpsertOneAsync(task, cancellationToken).ConfigureAwait(false);
        }
        catch (SalesforceApiException ex) when (CreateOnlyFields.Refused(task, ex.Errors))
        {
            SalesforceLog.CreateOnlyFieldsRefused(_logger, "Task upsert", 1);
            return await UpsertOneAsync(CreateOnlyFields.Without(task), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SaveResult> UpsertOneAsync(SalesforceTask task, CancellationToken cancellationToken)
    {
        var externalId = TaskSubrequests.RequireExternalId(task);
        var resource = $"sobjects/Task/{_options.ExternalIdField}/{Uri.EscapeDataString(externalId)}";
        var body = TaskJson.Write(task, externalIdField: null, withAttributes: false);
        var response = await SendAsync(HttpMethod.Patch, resource, body, "Task upsert", cancellationToken, acceptMultipleChoices: true).ConfigureAwait(false);
        return response.StatusCode switch
        {
            300 => throw new SalesforceMultipleMatchesException(
                $"Salesforce Task upsert: {_options.ExternalIdField} '{externalId}' matches several Tasks; nothing was written.",
                SaveResultParser.ParseMatches(response.Body)),
            204 => new SaveResult(null, true, false, []), // API v45.0 and older answer an update with no body
            _ => Read(SaveResultParser.ParseOne, response, "Task upsert") with { Created = response.StatusCode == 201 },
        };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SaveResult>> CreateTasksAsync(IReadOnlyList<SalesforceTask> tasks, CancellationToken cancellationToken = default)
    {
        if (CheckCollection(tasks))
            return [];

        var body = CollectionBody(tasks.Select(task => TaskJson.Write(task, _options.ExternalIdField, withAttributes: true)));
        var response = await SendAsync(HttpMethod.Post, "composite/sobjects", body, "Task collection create", cancellationToken).ConfigureAwait(false);
        return Read(SaveResultParser.ParseMany, response, "Task collection create");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SaveResult>> UpsertTasksAsync(IReadOnlyList<SalesforceTask> tasks, CancellationToken cancellationToken = default)
    {
        if (CheckCollection(tasks))
            return [];

        foreach (var task in tasks)
            TaskSubrequests.RequireExternalId(task);

        var results = await UpsertCollectionAsync(tasks, cancellationToken).ConfigureAwait(false);
        var refused = Enumerable.Range(0, tasks.Count).Where(i => !results[i].Success && CreateOnlyFields.Refused(tasks[i], results[i].Errors)).ToList();
        if (refused.Count == 0)
            return results;

        // These Tasks exist and the org refuses create-only fields on their update: the same records without them.
        SalesforceLog.CreateOnlyFieldsRefused(_logger, "Task collection upsert", refused.Count);
        var again = await UpsertCollectionAsync([.. refused.Select(i => CreateOnlyFields.Without(tasks[i]))], cancellationToken).ConfigureAwait(false);
        var merged = results.ToArray();
        for (var k = 0; k < refused.Count; k++)
            merged[refused[k]] = again[k];

        return merged;
    }

    private async Task<IReadOnlyList<SaveResult>> UpsertCollectionAsync(IReadOnlyList<SalesforceTask> tasks, CancellationToken cancellationToken)
    {
        var body = CollectionBody(tasks.Select(task => TaskJson.Write(task, _options.ExternalIdField, withAttributes: true)));
        var resource = $"composite/sobjects/Task/{_options.ExternalIdField}";
        var response = await SendAsync(HttpMethod.Patch, resource, body, "Task collection upsert", cancellationToken).ConfigureAwait(false);
        var results = Read(SaveResultParser.ParseMany, response, "Task collection upsert");
        return results.Count == tasks.Count
            ? results
            : throw new SalesforceException($"Salesforce Task collection upsert answered {results.Count} results for {tasks.Count} records.", response.StatusCode, []);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CompositeSubresponse>> SendCompositeAsync(
        IReadOnlyList<CompositeSubrequest> subrequests, bool allOrNone = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subrequests);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(subrequests.Count, CompositeJson.MaxSubrequests, nameof(subrequests));
        if (subrequests.Count == 0)
            return [];

        var body = CompositeJson.Write(subrequests, allOrNone, $"/services/data/{_options.ApiVersion}/");
        var response = await SendAsync(HttpMethod.Post, "composite", body, "composite", cancellationToken).ConfigureAwait(false);
        return Read(CompositeJson.Parse, response, "composite");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PhoneSearchMatch>> SearchByPhoneAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(phoneNumber);
        if (SoslQuery.ForPhone(phoneNumber) is not { } sosl)
            return [];

        return await SearchAsync(sosl, "phone search", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PhoneSearchMatch>> SearchByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        return SoslQuery.ForEmail(email) is { } sosl ? await SearchAsync(sosl, "e-mail search", cancellationToken).ConfigureAwait(false) : [];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PhoneSearchMatch>> SearchByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return SoslQuery.ForName(name) is { } sosl ? await SearchAsync(sosl, "name search", cancellationToken).ConfigureAwait(false) : [];
    }

    private async Task<IReadOnlyList<PhoneSearchMatch>> SearchAsync(string sosl, string what, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Get, SoslQuery.Resource(sosl), null, what, cancellationToken).ConfigureAwait(false);
        return Read(SearchResultParser.Parse, response, what);
    }

    /// <inheritdoc />
    public async Task<Describe.SObjectDescription> DescribeTaskAsync(CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(HttpMethod.Get, "sobjects/Task/describe", null, "Task describe", cancellationToken).ConfigureAwait(false);
        return Read(DescribeParser.Parse, response, "Task describe");
    }

    /// <inheritdoc />
    public async Task<ApiUsage?> GetApiUsageAsync(CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(HttpMethod.Get, "limits", null, "limits", cancellationToken).ConfigureAwait(false);
        var usage = Read(LimitsParser.DailyApiRequests, response, "limits");
        if (usage is not null)
            _usage.Record(usage);

        return usage;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JsonObject>> QueryAsync(string soql, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(soql);
        var records = new List<JsonObject>();
        var resource = "query?q=" + Uri.EscapeDataString(soql);
        while (resource is not null)
        {
            var response = await SendAsync(HttpMethod.Get, resource, null, "query", cancellationToken).ConfigureAwait(false);
            var page = Read(body => JsonNode.Parse(body) as JsonObject ?? throw new JsonException("not an object"), response, "query");
            foreach (var record in page["records"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                var copy = (JsonObject)record.DeepClone();
                copy.Remove("attributes");
                records.Add(copy);
            }

            // nextRecordsUrl is absolute from /services/data/vXX.X/: keep what follows the version.
            var next = page["nextRecordsUrl"]?.GetValue<string>();
            resource = next is null ? null : next[(next.IndexOf("/query", StringComparison.Ordinal) + 1)..];
        }

        return records;
    }

    /// <inheritdoc />
    public async Task<SaveResult> UploadFileAsync(Files.FileUpload file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var body = new JsonObject
        {
            ["Title"] = file.Title,
            ["PathOnClient"] = file.PathOnClient,
            ["VersionData"] = Convert.ToBase64String(file.Data),
        };
        if (file.FirstPublishLocationId is { } location)
            body["FirstPublishLocationId"] = location;

        if (file.ContentDocumentId is { } document)
            body["ContentDocumentId"] = document;

        if (file.ReasonForChange is { } reason)
            body["ReasonForChange"] = reason;

        var response = await SendAsync(HttpMethod.Post, "sobjects/ContentVersion", body, "file upload", cancellationToken).ConfigureAwait(false);
        return Read(SaveResultParser.ParseOne, response, "file upload");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Files.AttachedFile>> FilesOfAsync(IReadOnlyCollection<string> recordIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recordIds);
        var files = new List<Files.AttachedFile>();
        foreach (var chunk in recordIds.Distinct(StringComparer.Ordinal).Chunk(Files.FileQueries.MaxIds))
        {
            var links = await QueryAsync(Files.FileQueries.Links(chunk), cancellationToken).ConfigureAwait(false);
            var recordsOf = links.GroupBy(link => (string?)link["ContentDocumentId"] ?? "", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(link => (string?)link["LinkedEntityId"] ?? "").ToList(), StringComparer.Ordinal);
            foreach (var documents in recordsOf.Keys.Where(Files.FileQueries.IsRecordId).Chunk(Files.FileQueries.MaxIds))
            {
                foreach (var version in await QueryAsync(Files.FileQueries.LatestVersions(documents), cancellationToken).ConfigureAwait(false))
                {
                    var document = (string?)version["ContentDocumentId"] ?? "";
                    files.AddRange(recordsOf.GetValueOrDefault(document, []).Select(record => new Files.AttachedFile(record, document,
                        (string?)version["Id"] ?? "", (string?)version["Title"] ?? "", (string?)version["PathOnClient"] ?? "", (string?)version["Checksum"])));
                }
            }
        }

        return files;
    }

    public async Task<JsonArray> StreamAsync(JsonArray messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var response = await SendAsync(HttpMethod.Post, $"/cometd/{_options.ApiVersion.TrimStart('v')}", messages, "streaming", cancellationToken)
            .ConfigureAwait(false);
        return Read(body => JsonNode.Parse(body) as JsonArray ?? throw new JsonException("not an array"), response, "streaming");
    }

    /// <summary>Sends with the current token; on 401 gets one fresh token and sends once more; maps failures.</summary>
    private async Task<SalesforceResponse> SendAsync(
        HttpMethod method, string resource, JsonNode? body, string operation, CancellationToken ct, bool acceptMultipleChoices = false)
    {
        var token = await _tokens.GetAsync(ct).ConfigureAwait(false);
        var response = await SendOnceAsync(method, resource, body, token, operation, ct).ConfigureAwait(false);
        if (response.StatusCode == 401)
        {
            SalesforceLog.RefreshingToken(_logger, operation, ErrorParser.Parse(response.Body).FirstOrDefault()?.ErrorCode);
            token = await _tokens.RefreshAsync(token, ct).ConfigureAwait(false);
            response = await SendOnceAsync(method, resource, body, token, operation, ct).ConfigureAwait(false);
        }

        if (response.IsSuccess || (acceptMultipleChoices && response.StatusCode == 300))
            return response;

        var error = ErrorMapper.Map(response, operation);
        if (error is SalesforceLimitExceededException limit)
            SalesforceLog.LimitExceeded(_logger, operation, limit.Usage?.Used, limit.Usage?.Limit);
        else
            SalesforceLog.RequestFailed(_logger, operation, error.StatusCode, error.ErrorCode);

        throw error;
    }

    private async Task<SalesforceResponse> SendOnceAsync(
        HttpMethod method, string resource, JsonNode? body, AccessToken token, string operation, CancellationToken ct)
    {
        var instance = _options.InstanceUrl ?? token.InstanceUrl;
        // A resource from the root (the Streaming API's /cometd) or, usually, under the REST API's version.
        var path = resource.StartsWith('/') ? resource : $"/services/data/{_options.ApiVersion}/{resource}";
        using var request = new HttpRequestMessage(method, new Uri(instance, path));
        request.Headers.Authorization = new("Bearer", token.Value);
        request.Headers.Accept.ParseAdd("application/json");
        if (body is not null)
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

        return await HttpSend.SendAsync(_http, request, operation, ct).ConfigureAwait(false);
    }

    private static T Read<T>(Func<string, T> parse, SalesforceResponse response, string operation)
    {
        try
        {
            return parse(response.Body);
        }
        catch (JsonException ex)
        {
            throw new SalesforceException($"Salesforce {operation} answered {response.StatusCode} with an unreadable body: {ex.Message}", response.StatusCode, [], ex);
        }
    }

    private static bool CheckCollection(IReadOnlyList<SalesforceTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tasks.Count, MaxCollectionRecords, nameof(tasks));
        return tasks.Count == 0;
    }

    private static JsonObject CollectionBody(IEnumerable<JsonObject> records) => new()
    {
        ["allOrNone"] = false,
        ["records"] = new JsonArray([.. records]),
    };

    /// <inheritdoc />
    public void Dispose() => _tokens.Dispose();
}
