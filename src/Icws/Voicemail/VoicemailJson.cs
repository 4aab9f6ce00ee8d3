using System.Text.Json;
using PureConnect.Icws.Json;
using PureConnect.Icws.Messages;

namespace PureConnect.Icws.Voicemail;

/// <summary>Reads the voicemail subscription's messages (channels facts §4.2).</summary>
internal static class VoicemailJson
{
    public static IcwsMessage ReadMessages(JsonElement m) => new VoicemailMessagesMessage(
        !JsonRead.Bool(m, "isDelta"),
        [.. JsonRead.Array(m, "voicemailMessagesAdded").Select(ReadAdded)],
        [.. JsonRead.Array(m, "voicemailMessagesChanged").Select(c => (JsonRead.RequiredString(c, "unifiedMessageId"), JsonRead.OptionalInt(c, "state") == 1))],
        JsonRead.StringArray(m, "voicemailMessagesRemoved"));

    private static VoicemailMessage ReadAdded(JsonElement a) => new(
        JsonRead.RequiredString(a, "unifiedMessageId"),
        JsonRead.OptionalInt(a, "state") == 1,
        JsonRead.OptionalDate(a, "dateReceived"),
        JsonRead.OptionalString(a, "from") ?? "",
        JsonRead.OptionalString(a, "subject") ?? "",
        JsonRead.OptionalInt(a, "durationSeconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        [.. JsonRead.Array(a, "attachments").Select(f => new VoicemailFile(
            JsonRead.RequiredString(f, "fileUri"), JsonRead.OptionalString(f, "fileName") ?? "voicemail.wav", JsonRead.OptionalString(f, "mimeType")))]);
}
