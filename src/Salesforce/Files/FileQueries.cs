namespace PureConnect.Salesforce.Files;

/// <summary>The SOQL that finds the files of records: their links (<c>ContentDocumentLink</c>, which must be filtered by
/// <c>LinkedEntityId</c> or <c>ContentDocumentId</c>), then the documents' latest versions. Ids go into the query only when they are
/// record ids (15 or 18 letters and digits), so nothing else can reach the SOQL.</summary>
internal static class FileQueries
{
    /// <summary>Ids per query: keeps the query string well under the URL limits.</summary>
    public const int MaxIds = 100;

    public static string Links(IEnumerable<string> recordIds) =>
        $"SELECT ContentDocumentId, LinkedEntityId FROM ContentDocumentLink WHERE LinkedEntityId IN ({List(recordIds)})";

    public static string LatestVersions(IEnumerable<string> documentIds) =>
        $"SELECT Id, ContentDocumentId, Title, PathOnClient, Checksum FROM ContentVersion WHERE ContentDocumentId IN ({List(documentIds)}) AND IsLatest = true";

    public static bool IsRecordId(string? id) => id is { Length: 15 or 18 } && id.All(char.IsAsciiLetterOrDigit);

    private static string List(IEnumerable<string> ids) => string.Join(", ", ids.Select(id =>
        IsRecordId(id) ? $"'{id}'" : throw new ArgumentException($"'{id}' is not a Salesforce record id.", nameof(ids))));
}
