using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Http;

public sealed class MessagingHttpTests(SimulatorHost host) : IClassFixture<SimulatorHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_event_stream_delivers_a_queue_contents_message_after_a_control_api_call()
    {
        var (session, workgroup) = await AgentWatchingOwnQueueAsync();
        using var stream = await OpenEventStreamAsync(session);
        using var events = new EventStreamReader(await stream.Content.ReadAsStreamAsync());

        var snapshot = await events.NextMessageAsync(IsQueueContents, Patience);
        Assert.False(snapshot.GetProperty("isDelta").GetBoolean());

        var created = await host.Http.PostAsJsonAsync("/control/calls", new { ani = "+13175550190", remoteName = "Pat Caller", workgroup });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString();

        var delta = await events.NextMessageAsync(IsQueueContents, Patience);
        Assert.True(delta.GetProperty("isDelta").GetBoolean());
        Assert.Equal("mine", delta.GetProperty("subscriptionId").GetString());
        var added = Assert.Single(delta.GetProperty("interactionsAdded").EnumerateArray());
        Assert.Equal(id, added.GetProperty("interactionId").GetString());
        Assert.Equal("A", added.GetProperty("attributes").GetProperty("Eic_State").GetString());
        Assert.Equal("+13175550190", added.GetProperty("attributes").GetProperty("Eic_RemoteAddress").GetString());
    }

    [Fact]
    public async Task Polling_drains_the_queue_as_a_json_array_and_raw_messages_arrive_verbatim()
    {
        var (session, _) = await AgentWatchingOwnQueueAsync();
        (await host.Http.PostAsync($"/control/sessions/{session.SessionId}/raw-message", new StringContent("{\"__type\":\"urn:x:unknown\",\"isDelta\":true}"))).EnsureSuccessStatusCode();

        using var first = await session.SendAsync(HttpMethod.Get, "messaging/messages", csrf: false);
        var messages = (await first.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        using var second = await session.SendAsync(HttpMethod.Get, "messaging/messages", csrf: false);

        Assert.Equal("application/vnd.inin.icws+json", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["urn:inin.com:queues:queueContentsMessage", "urn:x:unknown"], messages.Select(m => m.GetProperty("__type").GetString()));
        Assert.Equal("[]", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dropping_the_channel_ends_the_stream_but_keeps_the_session_and_its_queued_messages()
    {
        var (session, workgroup) = await AgentWatchingOwnQueueAsync();
        using (var stream = await OpenEventStreamAsync(session))
        using (var events = new EventStreamReader(await stream.Content.ReadAsStreamAsync()))
        {
            await events.NextMessageAsync(IsQueueContents, Patience);
            (await host.Http.PostAsync($"/control/sessions/{session.SessionId}/drop-channel", null)).EnsureSuccessStatusCode();
            Assert.Null(await events.NextDataAsync(Patience));
        }

        (await host.Http.PostAsJsonAsync("/control/calls", new { ani = "+13175550191", workgroup })).EnsureSuccessStatusCode();

        using var poll = await session.SendAsync(HttpMethod.Get, "messaging/messages", csrf: false);
        var message = Assert.Single((await poll.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal("+13175550191", message.GetProperty("interactionsAdded")[0].GetProperty("attributes").GetProperty("Eic_RemoteAddress").GetString());
    }

    private async Task<(IcwsSession Session, string Workgroup)> AgentWatchingOwnQueueAsync()
    {
        var (userId, station, workgroup) = await IcwsSession.CreateAgentAsync(host.Http);
        var session = await IcwsSession.LogInAsync(host.Http, userId, "pw");
        await session.SendOkAsync(HttpMethod.Put, "connection/station",
            new { __type = "urn:inin.com:connection:workstationSettings", workstation = station });
        await session.SendOkAsync(HttpMethod.Put, "messaging/subscriptions/queues/mine", new
        {
            queueIds = new[] { new { queueType = 1, queueName = userId } },
            attributeNames = new[] { "Eic_State", "Eic_RemoteAddress" },
        });
        return (session, workgroup);
    }

    private async Task<HttpResponseMessage> OpenEventStreamAsync(IcwsSession session)
    {
        var request = session.Request(HttpMethod.Get, "messaging/messages", csrf: false);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return response;
    }

    private static bool IsQueueContents(JsonElement message) =>
        message.GetProperty("__type").GetString() == "urn:inin.com:queues:queueContentsMessage";
}
