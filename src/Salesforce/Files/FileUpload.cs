namespace PureConnect.Salesforce.Files;

/// <summary>
/// A file to store in Salesforce Files (a <c>ContentVersion</c> insert). The first version of a document names the record it is
/// shared with (<see cref="FirstPublishLocationId"/>); a later version names its document (<see cref="ContentDocumentId"/>) and
/// becomes the document's latest, so the record still has one file.
/// </summary>
public sealed record FileUpload(string Title, string PathOnClient, byte[] Data, string? FirstPublishLocationId = null,
    string? ContentDocumentId = null, string? ReasonForChange = null);
