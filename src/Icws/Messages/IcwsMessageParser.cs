using System.Text.Json;
using PureConnect.Icws.Chats;
using PureConnect.Icws.Emails;
using PureConnect.Icws.Json;

namespace PureConnect.Icws.Messages;

/// <summary>
/// Turns ICWS messages into typed records, dispatching on <c>__type</c>. Never throws: unreadable input gives a
/// <see cref="MalformedMessage"/>, an unmodelled type an <see cref="UnknownMessage"/>. Unknown fields are ignored.
/// </summary>
public static class IcwsMessageParser
{
    private static readonly Dictionary<string, Func<JsonElement, IcwsMessage>> Readers = new(StringComparer.OrdinalIgnoreCase)
    {
        [IcwsMessageTypes.QueueContents] = ReadQueueContents,
        [IcwsMessageTypes.QueueSubscriptionState] = ReadQueueSubscriptionState,
        [IcwsMessageTypes.UserStatus] = m => new UserStatusMessage([.. JsonRead.Array(m, "userStatusList").Select(StatusJson.ReadUserStatus)]),
        [IcwsMessageTypes.StatusMessages] = m => new StatusMessagesMessage(
            StatusJson.ReadStatusMessages(m, "statusMessagesAdded"),
            StatusJson.ReadStatusMessages(m, "statusMessagesChanged"),
            JsonRead.StringArray(m, "statusMessagesRemoved")),
        [IcwsMessageTypes.ConnectionStateChange] = m => new ConnectionStateChangeMessage(
            JsonRead.OptionalInt(m, "previousConnectionState") ?? 0,
            JsonRead.RequiredInt(m, "newConnectionState"),
            JsonRead.OptionalString(m, "reason") ?? "",
            JsonRead.OptionalBool(m, "shouldReconnect")),
        [IcwsMessageTypes.StationConnectionStateChange] = m => new StationConnectionStateChangeMessage(
            StationJson.ReadOptionalStationInfo(m, "previousStationInfo"),
            StationJson.ReadOptionalStationInfo(m, "newStationInfo")),
        [IcwsMessageTypes.AsyncOperationCompleted] = ReadAsyncOperationCompleted,
        [IcwsMessageTypes.DialerDataPop] = m => new DialerDataPopMessage(DialerJson.ReadDataPop(JsonRead.Object(m, "call"))),
        [IcwsMessageTypes.DialerAvailableCampaigns] = m => new DialerAvailableCampaignsMessage(
            DialerJson.ReadCampaigns(m, "campaignsAdded"), DialerJson.ReadCampaigns(m, "campaignsChanged"),
            DialerJson.ReadCampaigns(m, "campaignsRemoved"), JsonRead.Bool(m, "agentHasLogonCampaignRight")),
        [IcwsMessageTypes.DialerBreakStatus] = m => new DialerBreakStatusMessage((Dialer.DialerBreakStatus)JsonRead.RequiredInt(m, "breakStatus")),
        [IcwsMessageTypes.DialerLogoutGranted] = m => new DialerLogoutGrantedMessage(DialerJson.ReadCampaigns(m, "campaigns")),
        [IcwsMessageTypes.DialerAutoLogin] = m => new DialerAutoLoginMessage(DialerJson.ReadCampaign(DialerJson.CampaignOf(m))),
        [IcwsMessageTypes.DialerAutoLogout] = m => new DialerAutoLogoutMessage(DialerJson.ReadCampaign(DialerJson.CampaignOf(m))),
        [IcwsMessageTypes.ChatMembers] = ChatJson.ReadMembers,
        [IcwsMessageTypes.ChatContents] = ChatJson.ReadContents,
        [IcwsMessageTypes.Callback] = m => new CallbackMessage(
            JsonRead.RequiredString(m, "interactionId"), JsonRead.OptionalString(m, "target"), JsonRead.OptionalString(m, "subject"),
            JsonRead.OptionalString(m, "name"), JsonRead.OptionalInt(m, "attempts"), JsonRead.OptionalInt(m, "maxAttempts"),
            JsonRead.OptionalString(m, "associatedCallId"), JsonRead.OptionalBool(m, "snoozed")),
        [IcwsMessageTypes.EmailContents] = EmailJson.ReadContents,
        [IcwsMessageTypes.EmailUploadFileStatus] = EmailJson.ReadUploadStatus,
        [IcwsMessageTypes.ResponseManagement] = ResponseManagement.ResponseLibraryJson.ReadMessage,
        [IcwsMessageTypes.VoicemailMessages] = Voicemail.VoicemailJson.ReadMessages,
        [IcwsMessageTypes.MessagesWaiting] = m => new MessagesWaitingMessage(JsonRead.OptionalInt(m, "messagesWaiting") ?? 0),
        [IcwsMessageTypes.DialerServerConnection] = m => new DialerServerConnectionMessage(
            JsonRead.OptionalInt(m, "connectionState") ?? JsonRead.OptionalInt(m, "newConnectionState") ?? 0),
    };

    /// <summary>Reads one message object (the data of one server-sent event).</summary>
    public static IcwsMessage Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(document.RootElement, json);
        }
        catch (JsonException ex)
        {
            return new MalformedMessage(json, ex.Message);
        }
    }

    /// <summary>Reads a polling response: an array of messages (an empty body or a lone object is tolerated).</summary>
    public static IReadOnlyList<IcwsMessage> ParseArray(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return [];

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return [new MalformedMessage(json, ex.Message)];
        }

        using (document)
        {
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Array => [.. root.EnumerateArray().Select(item => Parse(item, item.GetRawText()))],
                JsonValueKind.Object => [Parse(root, json)],
                _ => [new MalformedMessage(json, "Expected a JSON array of messages.")],
            };
        }
    }

    internal static IcwsMessage Parse(JsonElement message, string rawText)
    {
        if (message.ValueKind != JsonValueKind.Object)
            return new MalformedMessage(rawText, "A message must be a JSON object.");

        try
        {
            var type = JsonRead.OptionalString(message, "__type");
            if (string.IsNullOrWhiteSpace(type))
                return new MalformedMessage(rawText, "The message has no __type.");

            var isDelta = JsonRead.OptionalBool(message, "isDelta") ?? false;
            var typed = Readers.TryGetValue(type, out var read) ? read(message) : new UnknownMessage(type, rawText);
            return typed with { IsDelta = isDelta };
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or JsonException)
        {
            return new MalformedMessage(rawText, ex.Message);
        }
    }

    private static AsyncOperationCompletedMessage ReadAsyncOperationCompleted(JsonElement message)
    {
        var requestId = JsonRead.RequiredString(message, "requestId");
        IcwsAsyncError? error = null;
        if (JsonRead.TryGet(message, "error", out var body) && body.ValueKind == JsonValueKind.Object)
        {
            var errorId = JsonRead.OptionalString(body, "errorId");
            error = new IcwsAsyncError(errorId, JsonRead.OptionalString(body, "message") ?? errorId ?? "The operation failed.");
        }

        return new AsyncOperationCompletedMessage(requestId, error);
    }

    private static QueueContentsMessage ReadQueueContents(JsonElement message) => new(
        JsonRead.RequiredString(message, "subscriptionId"),
        [.. JsonRead.Array(message, "interactionsAdded").Select(InteractionJson.ReadSnapshot)],
        [.. JsonRead.Array(message, "interactionsChanged").Select(InteractionJson.ReadSnapshot)],
        JsonRead.StringArray(message, "interactionsRemoved"));

    private static QueueSubscriptionStateMessage ReadQueueSubscriptionState(JsonElement message)
    {
        string? error = null;
        if (JsonRead.TryGet(message, "error", out var value))
            error = value.ValueKind == JsonValueKind.Object ? JsonRead.OptionalString(value, "message") : JsonRead.AsText(value);

        return new QueueSubscriptionStateMessage(
            JsonRead.OptionalString(message, "subscriptionId") ?? "",
            JsonRead.OptionalInt(message, "state") ?? 0,
            error);
    }
}
