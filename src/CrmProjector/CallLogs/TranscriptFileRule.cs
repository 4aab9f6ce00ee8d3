using System.Security.Cryptography;
using System.Text;
using PureConnect.CallLogs;
using PureConnect.Salesforce.Files;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// A chat's transcript as a file on its Task (<see cref="ChatTranscriptPlacement.Attachment"/>): one file per Task, never two. The
/// Task's files as Salesforce lists them decide: none named <see cref="CallLogTranscript.FileName"/> yet → the first version, shared
/// with the Task; one whose latest version has the same content (MD5 checksum) → nothing, so a retry, a redelivered event or a
/// restart after an upload whose answer was lost adds nothing; one with other content → a new version of that document.
/// </summary>
public static class TranscriptFileRule
{
    public const string Title = "Chat transcript";

    /// <returns>What to upload, or null when the Task's file already holds this transcript.</returns>
    public static FileUpload? Upload(string taskId, string transcript, IEnumerable<AttachedFile> files)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var data = Encoding.UTF8.GetBytes(transcript);
        var ours = files
            .Where(file => SameRecord(file.RecordId, taskId) && file.PathOnClient == CallLogTranscript.FileName)
            .OrderBy(file => file.ContentDocumentId, StringComparer.Ordinal)
            .FirstOrDefault();
        if (ours is null)
        {
            return new FileUpload(Title, CallLogTranscript.FileName, data, FirstPublishLocationId: taskId);
        }

        return string.Equals(ours.Checksum, Checksum(data), StringComparison.OrdinalIgnoreCase)
            ? null
            : new FileUpload(Title, CallLogTranscript.FileName, data, ContentDocumentId: ours.ContentDocumentId, ReasonForChange: "The chat went on");
    }

    /// <summary>The checksum Salesforce reports for a version: the MD5 of its data, in hex.</summary>
    public static string Checksum(byte[] data) => Convert.ToHexStringLower(MD5.HashData(data));

    /// <summary>Record ids compare on their first 15 characters (the 18-character form adds a case-safe suffix).</summary>
    private static bool SameRecord(string a, string b) =>
        a.Length >= 15 && b.Length >= 15 && string.CompareOrdinal(a, 0, b, 0, 15) == 0;
}
