using System.Text.Json;
using System.Text.Json.Nodes;
using PureConnect.Icws.Interactions;

namespace PureConnect.Icws.Json;

/// <summary>JSON contracts of the status API (§6): status messages, user statuses and status updates.</summary>
internal static class StatusJson
{
    public static StatusMessage ReadStatusMessage(JsonElement item) => new(
        JsonRead.RequiredString(item, "statusId"),
        JsonRead.OptionalString(item, "messageText") ?? "",
        JsonRead.OptionalString(item, "iconUri"),
        JsonRead.OptionalString(item, "groupTag"),
        JsonRead.Bool(item, "canHaveDate"),
        JsonRead.Bool(item, "canHaveTime"),
        JsonRead.Bool(item, "isDoNotDisturbStatus"),
        JsonRead.Bool(item, "isSelectableStatus"),
        JsonRead.Bool(item, "isPersistentStatus"),
        JsonRead.Bool(item, "isForwardStatus"),
        JsonRead.Bool(item, "isAfterCallWorkStatus"),
        JsonRead.Bool(item, "isAcdStatus"),
        JsonRead.Bool(item, "isAllowFollowUpStatus"),
        JsonRead.OptionalString(item, "systemId"));

    public static IReadOnlyList<StatusMessage> ReadStatusMessages(JsonElement owner, string arrayName) =>
        [.. JsonRead.Array(owner, arrayName).Select(ReadStatusMessage)];

    public static UserStatus ReadUserStatus(JsonElement item) => new(
        JsonRead.RequiredString(item, "userId"),
        JsonRead.RequiredString(item, "statusId"),
        JsonRead.OptionalString(item, "notes"),
        JsonRead.OptionalString(item, "forwardNumber"),
        JsonRead.TryGet(item, "until", out var until) ? ReadUntil(until) : null,
        JsonRead.OptionalBool(item, "onPhone"),
        JsonRead.OptionalDate(item, "onPhoneChanged"),
        JsonRead.OptionalDate(item, "statusChanged"),
        JsonRead.StringArray(item, "stations"),
        JsonRead.OptionalBool(item, "loggedIn"));

    private static StatusUntil? ReadUntil(JsonElement until) =>
        JsonRead.OptionalDate(until, "untilDateTime") is { } at
            ? new StatusUntil(at, JsonRead.Bool(until, "hasDate"), JsonRead.Bool(until, "hasTime"))
            : null;

    public static JsonObject WriteUpdate(UserStatusUpdate update)
    {
        var body = new JsonObject { ["statusId"] = update.StatusId };
        if (update.Notes is not null)
            body["notes"] = update.Notes;
        if (update.ForwardNumber is not null)
            body["forwardNumber"] = update.ForwardNumber;
        if (update.Until is { } until)
        {
            body["until"] = new JsonObject
            {
                ["untilDateTime"] = IcwsDateTime.Format(until.UntilDateTime),
                ["hasDate"] = until.HasDate,
                ["hasTime"] = until.HasTime,
            };
        }

        return body;
    }
}
