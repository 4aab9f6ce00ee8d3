using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Http;

/// <summary>The callback subscription (facts §5.2, channels facts §3.2): 200, a <c>callbackMessage</c> with the callback now, and one
/// after each change — the call placed from it, a retry (snoozed, attempts counted).</summary>
public sealed class CallbackSubscriptionHttpTests(SimulatorHost host) : IClassFixture<SimulatorHost>
{
    private const string CallbackMessageType = "urn:inin.com:interactions.callback:callbackMessage";

    [Fact]
    public async Task The_subscription_reports_the_callback_then_the_call_placed_from_it_then_the_retry()
    {
        var (session, workgroup) = await AgentOnStationAsync();
        (await host.Http.PutAsJsonAsync($"/control/workgroups/{workgroup}/callbacks", new { maxRetries = 2, snoozeSeconds = 600 })).EnsureSuccessStatusCode();
        using var requested = await host.Http.PostAsJsonAsync("/control/callbacks",
            new { workgroup, telephone = "+13175550170", name = "Robin Requester", subject = "About my invoice" });
        var callbackId = (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString()!;
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{callbackId}/pickup");

        using var subscribed = await session.SendAsync(HttpMethod.Put, $"messaging/subscriptions/interactions/{callbackId}/callback");
        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        var first = Assert.Single(await CallbackMessagesAsync(session));
        Assert.Equal((false, callbackId, "+13175550170", "About my invoice", "Robin Requester", 0, 2, "", false),
            (first.GetProperty("isDelta").GetBoolean(), Text(first, "interactionId"), Text(first, "target"), Text(first, "subject"), Text(first, "name"),
                first.GetProperty("attempts").GetInt32(), first.GetProperty("maxAttempts").GetInt32(), Text(first, "associatedCallId"),
                first.GetProperty("snoozed").GetBoolean()));

        using var placedWhileSubscribed = await session.SendAsync(HttpMethod.Post, "interactions",
            new { __type = "urn:inin.com:interactions.callback:createCallbackResponseCallParameters", parentInteractionId = callbackId, target = "+13175550170" });
        var callId = (await placedWhileSubscribed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString()!;
        var placed = Assert.Single(await CallbackMessagesAsync(session));
        Assert.Equal((true, callId), (placed.GetProperty("isDelta").GetBoolean(), Text(placed, "associatedCallId")));

        await session.SendOkAsync(HttpMethod.Delete, $"messaging/subscriptions/interactions/{callbackId}/callback");
        (await host.Http.PostAsync($"/control/interactions/{callId}/remote-disconnect", null)).EnsureSuccessStatusCode();
        using var placedUnsubscribed = await session.SendAsync(HttpMethod.Post, "interactions",
            new { __type = "urn:inin.com:interactions.callback:createCallbackResponseCallParameters", parentInteractionId = callbackId, target = "+13175550170" });
        Assert.Equal(HttpStatusCode.Created, placedUnsubscribed.StatusCode);
        Assert.Empty(await CallbackMessagesAsync(session));

        await session.SendOkAsync(HttpMethod.Put, $"messaging/subscriptions/interactions/{callbackId}/callback");
        Assert.False(Assert.Single(await CallbackMessagesAsync(session)).GetProperty("isDelta").GetBoolean());
        await session.SendOkAsync(HttpMethod.Put, $"interactions/{callbackId}/callback/disposition", new { disposition = 2 });
        var retried = Assert.Single(await CallbackMessagesAsync(session));
        Assert.Equal((1, true), (retried.GetProperty("attempts").GetInt32(), retried.GetProperty("snoozed").GetBoolean()));
    }

    [Fact]
    public async Task Subscribing_to_a_call_is_400_and_to_an_unknown_interaction_404()
    {
        var (session, _) = await AgentOnStationAsync();
        var callId = await CallToSelfAsync(session);

        using var call = await session.SendAsync(HttpMethod.Put, $"messaging/subscriptions/interactions/{callId}/callback");
        using var unknown = await session.SendAsync(HttpMethod.Put, "messaging/subscriptions/interactions/999999999/callback");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (call.StatusCode, unknown.StatusCode));
    }

    private static async Task<string> CallToSelfAsync(IcwsSession session)
    {
        using var created = await session.SendAsync(HttpMethod.Post, "interactions",
            new { __type = "urn:inin.com:interactions:createCallParameters", target = "+13175550171" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString()!;
    }

    private static string? Text(JsonElement message, string name) => message.GetProperty(name).GetString();

    private static async Task<List<JsonElement>> CallbackMessagesAsync(IcwsSession session)
    {
        using var poll = await session.SendAsync(HttpMethod.Get, "messaging/messages", csrf: false);
        return [.. (await poll.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Where(m => m.GetProperty("__type").GetString() == CallbackMessageType)];
    }

    private async Task<(IcwsSession Session, string Workgroup)> AgentOnStationAsync()
    {
        var (userId, station, workgroup) = await IcwsSession.CreateAgentAsync(host.Http);
        var session = await IcwsSession.LogInAsync(host.Http, userId, "pw");
        await session.SendOkAsync(HttpMethod.Put, "connection/station",
            new { __type = "urn:inin.com:connection:workstationSettings", workstation = station });
        return (session, workgroup);
    }
}
