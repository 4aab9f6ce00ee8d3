using System.Text.Json;
using PureConnect.Icws.Json;
using PureConnect.Icws.Messages;

namespace PureConnect.Icws.Emails;

/// <summary>Reads the email subscription's shapes (channels facts §2.2). Tolerant: missing lists read as empty, a missing
/// display name as the address.</summary>
internal static class EmailJson
{
    public static EmailContentsMessage ReadContents(JsonElement message) => new(
        JsonRead.RequiredString(message, "interactionId"),
        NullIfEmpty(JsonRead.OptionalString(message, "parentInteractionId")),
        JsonRead.OptionalString(message, "conversationId"),
        JsonRead.Bool(message, "isEditable"),
        JsonRead.OptionalInt(message, "emailType") ?? 0,
        [.. JsonRead.Array(message, "supportedResponseTypes").Where(e => e.ValueKind == JsonValueKind.Number).Select(e => e.GetInt32())],
        JsonRead.TryGet(message, "emailContent", out var content) && content.ValueKind == JsonValueKind.Object ? ReadContent(content) : null,
        JsonRead.Bool(message, "hasResponse"),
        JsonRead.Bool(message, "edited"));

    public static EmailUploadFileStatusMessage ReadUploadStatus(JsonElement message) => new(
        JsonRead.OptionalString(message, "requestId") ?? "",
        JsonRead.OptionalString(message, "error"),
        JsonRead.OptionalString(message, "interactionId") ?? "",
        JsonRead.OptionalString(message, "fileName") ?? "",
        JsonRead.Bool(message, "uploadSuccess"));

    private static EmailContent ReadContent(JsonElement content)
    {
        var bodies = JsonRead.Array(content, "bodies").ToList();
        string? Body(int type) => bodies.Where(b => (JsonRead.OptionalInt(b, "bodyType") ?? 0) == type)
            .Select(b => JsonRead.OptionalString(b, "body")).FirstOrDefault(b => b is not null);
        return new EmailContent(
            JsonRead.OptionalString(content, "subject") ?? "",
            JsonRead.TryGet(content, "sender", out var sender) && sender.ValueKind == JsonValueKind.Object ? ReadAddress(sender) : new EmailAddress("", null),
            Addresses(content, "toRecipients"),
            Addresses(content, "ccRecipients"),
            Addresses(content, "bccRecipients"),
            Addresses(content, "replyToRecipients"),
            Body(0),
            Body(1),
            JsonRead.OptionalDate(content, "receivedTimestamp") ?? DateTimeOffset.MinValue,
            JsonRead.TryGet(content, "signature", out var signature) && signature.ValueKind == JsonValueKind.Object
                ? JsonRead.OptionalInt(signature, "status") ?? 128
                : null,
            [.. JsonRead.Array(content, "fileAttachments").Select(f => new EmailFileAttachment(
                JsonRead.OptionalString(f, "name") ?? "", JsonRead.OptionalString(f, "contentId") ?? "", JsonRead.OptionalString(f, "downloadUri") ?? ""))
                .Where(f => f.DownloadUri.Length > 0)]);
    }

    private static List<EmailAddress> Addresses(JsonElement content, string name) =>
        [.. JsonRead.Array(content, name).Where(a => a.ValueKind == JsonValueKind.Object).Select(ReadAddress)];

    private static EmailAddress ReadAddress(JsonElement address)
    {
        var value = NullIfEmpty(JsonRead.OptionalString(address, "address"));
        return new EmailAddress(NullIfEmpty(JsonRead.OptionalString(address, "displayName")) ?? value ?? "", value);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
