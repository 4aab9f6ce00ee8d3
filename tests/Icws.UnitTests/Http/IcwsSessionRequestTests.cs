using System.Text.Json;
using PureConnect.Icws.Interactions;
using PureConnect.Icws.UnitTests.Harness;

namespace PureConnect.Icws.UnitTests.Http;

public sealed class IcwsSessionRequestTests
{
    [Fact]
    public async Task Every_session_request_carries_the_session_path_csrf_token_and_cookie_and_accepts_any_2xx()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("PUT", "connection/station", 200, "");
        server.On("GET", "connection/station", 200, CannedIcws.StationInfoJson);
        server.On("DELETE", "connection/station", 200);
        server.On("GET", "status/status-messages", 200, $$"""{"statusMessageList":[{{CannedIcws.StatusMessageJson}}]}""");
        server.On("GET", "status/status-messages-user-access/agent1", 200, """{"userId":"agent1","statusMessages":["Available","Away"]}""");
        server.On("GET", "status/user-statuses/agent1", 200, """{"userId":"agent1","statusId":"Away","statusChanged":"20240312T141503Z"}""");
        server.On("PUT", "status/user-statuses/agent1", 202, """{"requestId":"r1"}""");
        server.On("PUT", "messaging/subscriptions/queues/my-queue", 200, "");
        server.On("DELETE", "messaging/subscriptions/queues/my-queue", 204);
        server.On("PUT", "messaging/subscriptions/status/user-statuses", 200);
        server.On("PUT", "messaging/subscriptions/status/status-messages", 200);
        server.On("PUT", "messaging/subscriptions/connection/station", 200);
        server.On("POST", "messaging/heartbeat", 200);
        server.On("POST", "interactions/1001/pickup", 200, "");
        server.On("POST", "interactions/1001/hold", 200);
        server.On("POST", "interactions/1001/mute", 204);
        server.On("POST", "interactions/1001/disconnect", 202);
        server.On("POST", "interactions", 201, """{"interactionId":"1002"}""");
        server.On("GET", "interactions/1001", 200, """{"attributes":{"Eic_State":"C","Eic_Muted":null,"Eic_Capabilities":4356}}""");
        server.On("POST", "interactions/1001", 200);
        server.On("DELETE", "connection", 204);
        var session = await IcwsTestClient.ConnectAsync(server);

        await session.SetStationAsync(new WorkstationSettings("7001"));
        var station = await session.GetStationAsync();
        await session.DisconnectStationAsync();
        var statuses = await session.GetStatusMessagesAsync();
        var access = await session.GetStatusMessagesUserAccessAsync("agent1");
        var status = await session.GetUserStatusAsync("agent1");
        await session.SetUserStatusAsync("agent1", new UserStatusUpdate("Available", Notes: "hi"));
        await session.SubscribeQueueAsync("my-queue", [new QueueId(QueueType.User, "agent1")], IcwsAttributeNames.Softphone);
        await session.UnsubscribeQueueAsync("my-queue");
        await session.SubscribeUserStatusesAsync(["agent1", "agent2"]);
        await session.SubscribeStatusMessagesAsync();
        await session.SubscribeStationAsync();
        await session.HeartbeatAsync();
        await session.PickupAsync("1001");
        await session.HoldAsync("1001", true);
        await session.MuteAsync("1001", false);
        await session.DisconnectAsync("1001");
        var callId = await session.MakeCallAsync("+15551234", "Sales");
        var attributes = await session.GetAttributesAsync("1001", [IcwsAttributeNames.Eic_State, IcwsAttributeNames.Eic_Muted]);
        await session.SetAttributesAsync("1001", new Dictionary<string, string> { ["CustomerId"] = "C-9" });
        await session.LogoutAsync();

        var requests = server.SessionRequests();
        Assert.Equal(21, requests.Count);
        Assert.All(requests, r => Assert.Equal(FakeIcwsServer.CsrfToken, r.Header("ININ-ICWS-CSRF-Token")));
        Assert.All(requests, r => Assert.Equal(FakeIcwsServer.CookieValue, r.Header("Cookie")));
        Assert.All(requests, r => Assert.Equal("application/vnd.inin.icws+JSON", r.Header("Accept")));
        Assert.All(requests, r => Assert.Equal("en-US", r.Header("Accept-Language")));

        Assert.Equal(new StationInfo("7001", "7001", 1, null), station);
        Assert.Equal("Available", Assert.Single(statuses).StatusId);
        Assert.Equal(["Available", "Away"], access);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 14, 15, 3, TimeSpan.Zero), status.StatusChanged);
        Assert.Equal("1002", callId);
        Assert.Equal("C", attributes["eic_state"]);
        Assert.Equal("", attributes[IcwsAttributeNames.Eic_Muted]);
        Assert.Equal("4356", attributes[IcwsAttributeNames.Eic_Capabilities]);

        Assert.Equal("""{"on":true}""", Find(requests, "POST", "interactions/1001/hold").Body);
        Assert.Equal("""{"on":false}""", Find(requests, "POST", "interactions/1001/mute").Body);
        Assert.Equal("?select=Eic_State,Eic_Muted", Find(requests, "GET", "interactions/1001").Query);
        Assert.Equal("""{"attributes":{"CustomerId":"C-9"}}""", Find(requests, "POST", "interactions/1001").Body);
        Assert.Equal("""{"userIds":["agent1","agent2"]}""", Find(requests, "PUT", "messaging/subscriptions/status/user-statuses").Body);
        Assert.Equal("""{"statusId":"Available","notes":"hi"}""", Find(requests, "PUT", "status/user-statuses/agent1").Body);
        using var makeCall = JsonDocument.Parse(Find(requests, "POST", "interactions").Body);
        Assert.Equal("urn:inin.com:interactions:createCallParameters", makeCall.RootElement.GetProperty("__type").GetString());
        Assert.Equal("Sales", makeCall.RootElement.GetProperty("workgroup").GetString());
        using var queue = JsonDocument.Parse(Find(requests, "PUT", "messaging/subscriptions/queues/my-queue").Body);
        Assert.Equal(20, queue.RootElement.GetProperty("attributeNames").GetArrayLength());
        Assert.Equal(1, queue.RootElement.GetProperty("queueIds")[0].GetProperty("queueType").GetInt32());
        Assert.Equal("DELETE", requests[^1].Method);
        Assert.Equal($"/icws/{FakeIcwsServer.SessionId}/connection", requests[^1].Path);
    }

    [Fact]
    public async Task Ids_in_paths_are_escaped()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", "status/user-statuses/dom%2Fjohn doe", 200, """{"userId":"dom/john doe","statusId":"Available"}""");
        await using var session = await IcwsTestClient.ConnectAsync(server);

        var status = await session.GetUserStatusAsync("dom/john doe");

        Assert.Equal("dom/john doe", status.UserId);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    public async Task A_session_without_station_has_no_station_info(int status)
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", "connection/station", context => FakeIcwsServer.Error(context, status, "error.request.noStation", "No station."));
        await using var session = await IcwsTestClient.ConnectAsync(server);

        Assert.Null(await session.GetStationAsync());
    }

    [Fact]
    public async Task A_failed_command_carries_the_status_error_id_and_server_message()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("POST", "interactions/1001/pickup", context => FakeIcwsServer.Error(context, 404, "error.request.interaction.notFound", "No such interaction."));
        await using var session = await IcwsTestClient.ConnectAsync(server);

        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => session.PickupAsync("1001"));

        Assert.Equal((404, "error.request.interaction.notFound", "No such interaction."), (error.StatusCode, error.ErrorId, error.ServerMessage));
        Assert.DoesNotContain(FakeIcwsServer.CookieValue, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeIcwsServer.CsrfToken, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_means_the_session_expired()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("POST", "messaging/heartbeat", context => FakeIcwsServer.Error(context, 401, "error.request.session.invalid", "Invalid session."));
        await using var session = await IcwsTestClient.ConnectAsync(server);

        var error = await Assert.ThrowsAsync<IcwsSessionExpiredException>(() => session.HeartbeatAsync());

        Assert.Equal(401, error.StatusCode);
    }

    [Fact]
    public async Task A_malformed_response_body_is_a_protocol_error()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", "status/user-statuses/agent1", 200, """{"userId":"agent1",""");
        server.On("POST", "interactions", 201, "");
        await using var session = await IcwsTestClient.ConnectAsync(server);

        await Assert.ThrowsAsync<IcwsProtocolException>(() => session.GetUserStatusAsync("agent1"));
        await Assert.ThrowsAsync<IcwsProtocolException>(() => session.MakeCallAsync("5551234"));
    }

    [Fact]
    public async Task Logout_tolerates_a_session_already_gone_and_dispose_does_not_log_out_twice()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("DELETE", "connection", context => FakeIcwsServer.Error(context, 401, "error.request.session.invalid", "Gone."));
        var session = await IcwsTestClient.ConnectAsync(server);

        await session.LogoutAsync();
        await session.DisposeAsync();

        Assert.Single(server.SessionRequests());
    }

    [Fact]
    public async Task Dispose_logs_out_and_swallows_failures()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("DELETE", "connection", 500, """{"message":"boom"}""");
        var session = await IcwsTestClient.ConnectAsync(server);

        await session.DisposeAsync();

        Assert.Equal("DELETE", Assert.Single(server.SessionRequests()).Method);
    }

    private static RecordedRequest Find(IReadOnlyList<RecordedRequest> requests, string method, string path) =>
        requests.Single(r => r.Method == method && r.Path == $"/icws/{FakeIcwsServer.SessionId}/{path}");
}
