using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary><c>/icws/{sessionId}/messaging/subscriptions/...</c>: PUT creates or replaces, DELETE cancels (reference §5).</summary>
internal static class SubscriptionsApi
{
    public static void MapSubscriptionsApi(this RouteGroupBuilder session)
    {
        var subscriptions = session.MapGroup("/messaging/subscriptions");
        subscriptions.MapPut("/queues/{subscriptionId}", async (string subscriptionId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var queues = body.Objects("queueIds")
                .Select(q => new QueueId(q.Int("queueType") ?? throw RequestBody.Malformed("queueType is required."), q.RequiredString("queueName")))
                .ToList();
            engine.SubscribeQueues(http.IcwsSession(), subscriptionId, queues, body.Strings("attributeNames"));
            return IcwsResult.Status(engine.Options.QueueSubscriptionStatusCode);
        });
        subscriptions.MapDelete("/queues/{subscriptionId}", (string subscriptionId, HttpContext http, CicEngine engine) =>
        {
            engine.UnsubscribeQueues(http.IcwsSession(), subscriptionId);
            return IcwsResult.Ok();
        });

        subscriptions.MapPut("/status/user-statuses", async (HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            engine.SubscribeUserStatuses(http.IcwsSession(), body.Strings("userIds"));
            return IcwsResult.Ok();
        });
        subscriptions.MapDelete("/status/user-statuses", (HttpContext http, CicEngine engine) =>
        {
            engine.UnsubscribeUserStatuses(http.IcwsSession());
            return IcwsResult.Ok();
        });

        subscriptions.MapPut("/status/status-messages", (HttpContext http, CicEngine engine) =>
        {
            engine.SubscribeStatusMessages(http.IcwsSession());
            return IcwsResult.Ok();
        });
        subscriptions.MapDelete("/status/status-messages", (HttpContext http, CicEngine engine) =>
        {
            engine.UnsubscribeStatusMessages(http.IcwsSession());
            return IcwsResult.Ok();
        });

        subscriptions.MapPut("/connection/station", (HttpContext http, CicEngine engine) =>
        {
            engine.SubscribeStation(http.IcwsSession());
            return IcwsResult.Ok();
        });
        subscriptions.MapDelete("/connection/station", (HttpContext http, CicEngine engine) =>
        {
            engine.UnsubscribeStation(http.IcwsSession());
            return IcwsResult.Ok();
        });
    }
}
