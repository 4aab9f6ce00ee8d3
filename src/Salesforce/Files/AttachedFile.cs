namespace PureConnect.Salesforce.Files;

/// <summary>A file shared with a record: its document, and the latest version's name and MD5 <see cref="Checksum"/> (hex).</summary>
public sealed record AttachedFile(string RecordId, string ContentDocumentId, string LatestVersionId, string Title, string PathOnClient,
    string? Checksum);
