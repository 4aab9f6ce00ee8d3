using PureConnect.Salesforce.Composite;
using PureConnect.Salesforce.Search;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce;

/// <summary>
/// The Salesforce REST calls of the integration. Every call authenticates itself (a 401 gets one fresh token and one
/// retry), retries row locks and, when idempotent, 5xx, and throws a <see cref="SalesforceException"/> subtype:
/// <see cref="SalesforceLimitExceededException"/> and <see cref="SalesforceTransientException"/> mean "hold the work,
/// retry later"; <see cref="SalesforceApiException"/> carries the error code and fields. Thread-safe.
/// </summary>
public interface ISalesforceClient
{
    /// <summary>The usage reported by the latest response, or null before the first one.</summary>
    ApiUsage? ApiUsage { get; }

    /// <summary>Creates a Task (<c>POST sobjects/Task</c>, external id in the body). Not retried on 5xx: prefer
    /// <see cref="UpsertTaskAsync"/>, which cannot duplicate.</summary>
    Task<SaveResult> CreateTaskAsync(SalesforceTask task, CancellationToken cancellationToken = default);

    /// <summary>Updates fields of a Task by id (<c>PATCH sobjects/Task/{id}</c>, 204).</summary>
    Task UpdateTaskAsync(string id, SalesforceTask changes, CancellationToken cancellationToken = default);

    /// <summary>Creates or updates the Task whose external id is <see cref="SalesforceTask.ExternalId"/>:
    /// <see cref="SaveResult.Created"/> tells which. Throws <see cref="SalesforceMultipleMatchesException"/> on 300.</summary>
    Task<SaveResult> UpsertTaskAsync(SalesforceTask task, CancellationToken cancellationToken = default);

    /// <summary>Creates up to 200 Tasks in one call (sObject Collections, <c>allOrNone</c> false): one result per
    /// record, in order; a failed item does not fail the call.</summary>
    Task<IReadOnlyList<SaveResult>> CreateTasksAsync(IReadOnlyList<SalesforceTask> tasks, CancellationToken cancellationToken = default);

    /// <summary>Upserts up to 200 Tasks by external id in one call (sObject Collections, <c>allOrNone</c> false).</summary>
    Task<IReadOnlyList<SaveResult>> UpsertTasksAsync(IReadOnlyList<SalesforceTask> tasks, CancellationToken cancellationToken = default);

    /// <summary>Sends up to 25 subrequests as one API call (<c>POST /composite</c>); each result has its own status.</summary>
    Task<IReadOnlyList<CompositeSubresponse>> SendCompositeAsync(
        IReadOnlyList<CompositeSubrequest> subrequests, bool allOrNone = false, CancellationToken cancellationToken = default);

    /// <summary>The Task's fields as the org describes them (<c>GET sobjects/Task/describe</c>). One API call.</summary>
    Task<Describe.SObjectDescription> DescribeTaskAsync(CancellationToken cancellationToken = default);

    /// <summary>The org's daily API allocation from <c>GET /limits</c> (<c>DailyApiRequests {Max, Remaining}</c>), also recorded as
    /// <see cref="ApiUsage"/>; null when the answer has no such entry (its keys are unconfirmed). One API call.</summary>
    Task<ApiUsage?> GetApiUsageAsync(CancellationToken cancellationToken = default);

    /// <summary>Screen pop: Contacts, Leads and Accounts whose phone fields match <paramref name="phoneNumber"/> (SOSL
    /// <c>IN PHONE FIELDS</c>). Empty, without a call, when the number has fewer than two digits.</summary>
    Task<IReadOnlyList<PhoneSearchMatch>> SearchByPhoneAsync(string phoneNumber, CancellationToken cancellationToken = default);

    /// <summary>Contacts, Leads and Accounts whose e-mail field is this address (a web chat's visitor, an e-mail's sender); empty
    /// for something that is not an address.</summary>
    Task<IReadOnlyList<PhoneSearchMatch>> SearchByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Contacts, Leads and Accounts whose name fields match (a web chat visitor who gave no e-mail address); empty when the
    /// name has fewer than two letters or digits.</summary>
    Task<IReadOnlyList<PhoneSearchMatch>> SearchByNameAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Runs a SOQL query (<c>GET query?q=</c>) and follows <c>nextRecordsUrl</c>: every record, without its <c>attributes</c>.
    /// An object the org does not have is a <see cref="SalesforceApiException"/> with <c>INVALID_TYPE</c>.</summary>
    Task<IReadOnlyList<System.Text.Json.Nodes.JsonObject>> QueryAsync(string soql, CancellationToken cancellationToken = default);

    /// <summary>Stores a file or a new version of one (<c>POST sobjects/ContentVersion</c>, the data as base64 in JSON). Not retried on
    /// 5xx (a lost answer may have stored it): look the record's files up with <see cref="FilesOfAsync"/> before trying again.</summary>
    Task<SaveResult> UploadFileAsync(Files.FileUpload file, CancellationToken cancellationToken = default);

    /// <summary>The files shared with these records (two queries per 100 records: their <c>ContentDocumentLink</c>s, then the documents'
    /// latest versions). Each id must be a record id.</summary>
    Task<IReadOnlyList<Files.AttachedFile>> FilesOfAsync(IReadOnlyCollection<string> recordIds, CancellationToken cancellationToken = default);

    /// <summary>One Bayeux exchange with the Streaming API (CometD, <c>POST /cometd/{version}</c>, same token): the messages sent, the
    /// messages answered. A <c>/meta/connect</c> is a long poll the org holds until an event or its timeout. Not an API call.</summary>
    Task<System.Text.Json.Nodes.JsonArray> StreamAsync(System.Text.Json.Nodes.JsonArray messages, CancellationToken cancellationToken = default);
}
