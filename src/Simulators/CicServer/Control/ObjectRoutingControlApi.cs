using System.Text.Json;
using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Control;

/// <summary>
/// The simulated Salesforce Object Routing Connector's side of email-to-case: the listener of the org's outbound message on a Case
/// reply (an EmailMessage created with <c>Incoming</c> false under a Case), the replies it was told of, and per workgroup whether a
/// reply disconnects the email. The listener takes the org's message as the org sends it, so neither simulator knows the other: the
/// org is given this URL by configuration (the AppHost or a test wires it), and a test can post the same message itself.
/// </summary>
internal static class ObjectRoutingControlApi
{
    public static void MapObjectRoutingControlApi(this RouteGroupBuilder control)
    {
        control.MapPost("/object-routing/outbound-messages", (JsonElement message, CicEngine engine) =>
        {
            var replies = CaseReplies(message).Select(reply => engine.CaseReplied(reply.CaseId, reply.ReplyId)).ToList();
            return Results.Ok(new { ack = true, replies });
        });
        control.MapGet("/object-routing/case-replies", (CicEngine engine) => Results.Ok(engine.CaseReplies()));
        control.MapPut("/workgroups/{name}/email-to-case", (string name, EmailToCaseRequest request, CicEngine engine) =>
        {
            engine.ConfigureEmailToCase(name, request.DisconnectOnReply);
            return Results.NoContent();
        });
    }

    /// <summary>The Case replies of an outbound message: <c>{notifications: [{id, sObject: {type: "EmailMessage", Id, ParentId,
    /// Incoming}}]}</c>; other objects and incoming emails are acknowledged and ignored.</summary>
    private static List<(string CaseId, string? ReplyId)> CaseReplies(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("notifications", out var notifications)
            || notifications.ValueKind != JsonValueKind.Array)
        {
            throw new IcwsErrorException(400, ErrorIds.ControlInvalid, "An outbound message is {notifications: [{id, sObject}]}.");
        }

        List<(string, string?)> replies = [];
        foreach (var notification in notifications.EnumerateArray())
        {
            if (notification.ValueKind != JsonValueKind.Object || !notification.TryGetProperty("sObject", out var record) || record.ValueKind != JsonValueKind.Object)
            {
                throw new IcwsErrorException(400, ErrorIds.ControlInvalid, "Every notification carries an sObject.");
            }

            var isEmailMessage = Text(record, "type") == "EmailMessage";
            var outgoing = Field(record, "Incoming") is { ValueKind: JsonValueKind.False };
            if (isEmailMessage && outgoing && Text(record, "ParentId") is { } parent && parent.StartsWith("500", StringComparison.Ordinal))
            {
                replies.Add((parent, Text(record, "Id")));
            }
        }

        return replies;
    }

    private static string? Text(JsonElement record, string name) => Field(record, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    // Field names of the API are case-insensitive, as Salesforce's are.
    private static JsonElement? Field(JsonElement record, string name) =>
        record.EnumerateObject().Where(p => p.NameEquals(name) || p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault();
}
