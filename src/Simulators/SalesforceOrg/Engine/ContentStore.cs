using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>
/// Salesforce Files in memory: documents (<c>ContentDocument</c>, prefix 069), their versions (<c>ContentVersion</c>, 068) and
/// the records they are shared with (<c>ContentDocumentLink</c>, 06A). Inserting a version without <c>ContentDocumentId</c>
/// starts a document, linked to the uploading user and to <c>FirstPublishLocationId</c> when given; with it, the version becomes
/// the document's latest. <c>Checksum</c> is the MD5 of the data in hex, as Salesforce reports it.
/// </summary>
internal sealed class ContentStore(SalesforceIds ids, TaskStore tasks, RecordDirectory directory, OrgIdentity identity, TimeProvider time)
{
    /// <summary>The largest file the simulator keeps (a JSON insert of a real org takes up to 37.5 MB of base64).</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly List<ContentVersionRecord> _versions = [];
    private readonly List<ContentLinkRecord> _links = [];

    public ContentVersionRecord Insert(JsonObject body)
    {
        foreach (var (name, _) in body)
        {
            if (!Writable.Contains(name, StringComparer.OrdinalIgnoreCase))
                throw new OrgException(400, ErrorCodes.InvalidField, $"No such column '{name}' on sobject of type ContentVersion", name);
        }

        var path = Text(body, "PathOnClient") ?? throw Missing("PathOnClient");
        var data = Data(Text(body, "VersionData") ?? throw Missing("VersionData"));
        var documentId = Text(body, "ContentDocumentId");
        var location = Text(body, "FirstPublishLocationId");
        if (documentId is not null && location is not null)
            throw new OrgException(400, ErrorCodes.FieldIntegrity, "FirstPublishLocationId can be set only on the first version of a document.", "FirstPublishLocationId");

        var title = Text(body, "Title") ?? Path.GetFileNameWithoutExtension(path);
        if (title.Length > 255 || path.Length > 500)
            throw new OrgException(400, ErrorCodes.StringTooLong, "Title (255) or PathOnClient (500): data value too large", title.Length > 255 ? "Title" : "PathOnClient");

        if (location is not null && !RecordExists(location))
            throw new OrgException(400, ErrorCodes.InvalidCrossReferenceKey, "invalid cross reference id", "FirstPublishLocationId");

        lock (_gate)
        {
            var previous = documentId is null ? null : Latest(documentId)
                ?? throw new OrgException(400, ErrorCodes.InvalidCrossReferenceKey, "invalid cross reference id", "ContentDocumentId");
            var document = previous?.ContentDocumentId ?? ids.Next(Prefixes.Document);
            var version = new ContentVersionRecord(ids.Next(Prefixes.Version), document, (previous?.VersionNumber ?? 0) + 1, title, path, data,
                Convert.ToHexStringLower(MD5.HashData(data)), previous is null ? location : null, Text(body, "ReasonForChange"), time.GetUtcNow());
            _versions.Add(version);
            if (previous is null)
            {
                _links.Add(new ContentLinkRecord(ids.Next(Prefixes.Link), document, identity.IntegrationUserId));
                if (location is not null)
                    _links.Add(new ContentLinkRecord(ids.Next(Prefixes.Link), document, SalesforceIds.To18(location)));
            }

            return version;
        }
    }

    public ContentVersionRecord? Version(string id)
    {
        lock (_gate)
        {
            return _versions.FirstOrDefault(v => v.Id == id || v.Id[..15] == id);
        }
    }

    public IReadOnlyList<ContentVersionRecord> Versions()
    {
        lock (_gate)
        {
            return [.. _versions];
        }
    }

    public IReadOnlyList<ContentLinkRecord> Links()
    {
        lock (_gate)
        {
            return [.. _links];
        }
    }

    /// <summary>Whether <paramref name="version"/> is its document's latest.</summary>
    public bool IsLatest(ContentVersionRecord version)
    {
        lock (_gate)
        {
            return Latest(version.ContentDocumentId) == version;
        }
    }

    private ContentVersionRecord? Latest(string documentId) =>
        _versions.LastOrDefault(v => v.ContentDocumentId == documentId || v.ContentDocumentId[..15] == documentId);

    private bool RecordExists(string id)
    {
        if (!SalesforceIds.IsWellFormed(id))
            return false;

        var full = SalesforceIds.To18(id);
        return tasks.All().Any(task => task.Id == full && !task.IsDeleted) || directory.Find(full) is not null;
    }

    private static byte[] Data(string base64)
    {
        byte[] data;
        try
        {
            data = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new OrgException(400, ErrorCodes.JsonParserError, "VersionData is not valid base64.", "VersionData");
        }

        return data.Length <= MaxBytes
            ? data
            : throw new OrgException(400, ErrorCodes.StringTooLong, $"VersionData: the simulator keeps files up to {MaxBytes} bytes", "VersionData");
    }

    private static string? Text(JsonObject body, string name) =>
        body.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is JsonValue value && value.TryGetValue(out string? text)
            ? text
            : null;

    private static OrgException Missing(string field) => new(400, ErrorCodes.RequiredFieldMissing, $"Required fields are missing: [{field}]", field);

    private static readonly string[] Writable = ["Title", "PathOnClient", "VersionData", "ContentDocumentId", "FirstPublishLocationId", "ReasonForChange", "Description"];

    private static class Prefixes
    {
        public const string Document = "069";
        public const string Version = "068";
        public const string Link = "06A";
    }
}

/// <summary>One version of a file.</summary>
internal sealed record ContentVersionRecord(string Id, string ContentDocumentId, int VersionNumber, string Title, string PathOnClient, byte[] Data,
    string Checksum, string? FirstPublishLocationId, string? ReasonForChange, DateTimeOffset CreatedDate);

/// <summary>A document shared with a record (or a user).</summary>
internal sealed record ContentLinkRecord(string Id, string ContentDocumentId, string LinkedEntityId);
