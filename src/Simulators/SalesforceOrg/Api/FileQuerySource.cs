using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>
/// The Files objects a SOQL query can read: <c>ContentVersion</c>, <c>ContentDocument</c> and <c>ContentDocumentLink</c>. As in a
/// real org, a query of <c>ContentDocumentLink</c> must filter on <c>ContentDocumentId</c> or <c>LinkedEntityId</c> (= or IN),
/// else 400 <c>MALFORMED_QUERY</c>. <c>VersionData</c> is the path of the version's data, as Salesforce answers it.
/// </summary>
internal static class FileQuerySource
{
    private static readonly string[] VersionFields =
        ["Id", "ContentDocumentId", "VersionNumber", "Title", "PathOnClient", "FileExtension", "Checksum", "ContentSize", "IsLatest",
         "FirstPublishLocationId", "ReasonForChange", "CreatedDate", "VersionData"];

    private static readonly string[] DocumentFields = ["Id", "Title", "FileExtension", "LatestPublishedVersionId", "ContentSize", "CreatedDate"];
    private static readonly string[] LinkFields = ["Id", "ContentDocumentId", "LinkedEntityId", "ShareType", "Visibility"];

    public static (string Type, IReadOnlyList<string> Columns, IEnumerable<Func<string, object?>> Rows)? Find(ContentStore files, SoqlQuery query)
    {
        if (query.Object.Equals("ContentVersion", StringComparison.OrdinalIgnoreCase))
            return ("ContentVersion", VersionFields, files.Versions().Select(version => (Func<string, object?>)(field => Version(files, version, field))));

        if (query.Object.Equals("ContentDocument", StringComparison.OrdinalIgnoreCase))
        {
            return ("ContentDocument", DocumentFields, files.Versions().Where(files.IsLatest).Select(latest => (Func<string, object?>)(field => field switch
            {
                "Id" => latest.ContentDocumentId,
                "LatestPublishedVersionId" => latest.Id,
                _ => Version(files, latest, field),
            })));
        }

        if (!query.Object.Equals("ContentDocumentLink", StringComparison.OrdinalIgnoreCase))
            return null;

        if (!query.Where.Any(c => c.Operator is "=" or "IN" && (c.Field.Equals("LinkedEntityId", StringComparison.OrdinalIgnoreCase)
                                                                   || c.Field.Equals("ContentDocumentId", StringComparison.OrdinalIgnoreCase))))
        {
            throw new OrgException(400, ErrorCodes.MalformedQuery,
                "Implementation restriction: ContentDocumentLink requires a filter by a single Id on ContentDocumentId or LinkedEntityId using the equals operator or multiple Id's using the IN operator.");
        }

        return ("ContentDocumentLink", LinkFields, files.Links().Select(link => (Func<string, object?>)(field => field switch
        {
            "Id" => link.Id,
            "ContentDocumentId" => link.ContentDocumentId,
            "LinkedEntityId" => link.LinkedEntityId,
            "ShareType" => "V",
            "Visibility" => "AllUsers",
            _ => null,
        })));
    }

    private static object? Version(ContentStore files, ContentVersionRecord version, string field) => field switch
    {
        "Id" => version.Id,
        "ContentDocumentId" => version.ContentDocumentId,
        "VersionNumber" => version.VersionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "Title" => version.Title,
        "PathOnClient" => version.PathOnClient,
        "FileExtension" => Path.GetExtension(version.PathOnClient).TrimStart('.') is { Length: > 0 } extension ? extension.ToLowerInvariant() : null,
        "Checksum" => version.Checksum,
        "ContentSize" => (long)version.Data.Length,
        "IsLatest" => files.IsLatest(version),
        "FirstPublishLocationId" => version.FirstPublishLocationId,
        "ReasonForChange" => version.ReasonForChange,
        "CreatedDate" => SalesforceTime.Format(version.CreatedDate),
        "VersionData" => $"/services/data/v62.0/sobjects/ContentVersion/{version.Id}/VersionData",
        _ => null,
    };
}
