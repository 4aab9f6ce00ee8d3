using PureConnect.Icws.Http;
using PureConnect.Icws.Json;

namespace PureConnect.Icws.UnitTests.Http;

public sealed class RequestBodyTests
{
    [Fact]
    public void Login_body_puts_the_type_first_and_spells_userID_with_a_capital_ID()
    {
        var body = ConnectionJson.Request(new IcwsCredentials("agent1", "pw\"1"), "PureConnect.Orleans").ToJsonString();

        Assert.Equal(
            """{"__type":"urn:inin.com:connection:icAuthConnectionRequestSettings","applicationName":"PureConnect.Orleans","userID":"agent1","password":"pw\u00221"}""",
            body);
    }

    [Fact]
    public void Each_station_kind_has_its_type_first_and_its_own_fields()
    {
        Assert.Equal(
            """{"__type":"urn:inin.com:connection:workstationSettings","workstation":"7001","readyForInteractions":true}""",
            StationJson.Write(new WorkstationSettings("7001")).ToJsonString());
        Assert.Equal(
            """{"__type":"urn:inin.com:connection:remoteWorkstationSettings","workstation":"7001","remoteNumber":"5551234","readyForInteractions":false}""",
            StationJson.Write(new RemoteWorkstationSettings("7001", "5551234") { ReadyForInteractions = false }).ToJsonString());
        Assert.Equal(
            """{"__type":"urn:inin.com:connection:remoteNumberSettings","remoteNumber":"5551234","persistentConnection":true,"readyForInteractions":true,"supportedMediaTypes":[1,5]}""",
            StationJson.Write(new RemoteNumberSettings("5551234", true) { SupportedMediaTypes = [1, 5] }).ToJsonString());
    }

    [Fact]
    public void Status_update_omits_absent_fields_and_writes_until_in_compact_form()
    {
        var until = new StatusUntil(new DateTimeOffset(2024, 3, 12, 17, 0, 0, TimeSpan.Zero), true, false);

        Assert.Equal("""{"statusId":"Available"}""", StatusJson.WriteUpdate(new UserStatusUpdate("Available")).ToJsonString());
        Assert.Equal(
            """{"statusId":"Vacation","notes":"n","forwardNumber":"555","until":{"untilDateTime":"20240312T170000Z","hasDate":true,"hasTime":false}}""",
            StatusJson.WriteUpdate(new UserStatusUpdate("Vacation", "n", "555", until)).ToJsonString());
    }

    [Fact]
    public void Queue_subscription_sends_queue_types_as_integers()
    {
        var body = InteractionJson.QueueSubscription(
            [new QueueId(QueueType.User, "agent1"), new QueueId(QueueType.Workgroup, "Sales")], ["Eic_State"]);

        Assert.Equal(
            """{"queueIds":[{"queueType":1,"queueName":"agent1"},{"queueType":2,"queueName":"Sales"}],"attributeNames":["Eic_State"]}""",
            body.ToJsonString());
    }

    [Fact]
    public void Make_call_uses_the_create_call_type_and_omits_an_empty_workgroup()
    {
        Assert.Equal(
            """{"__type":"urn:inin.com:interactions:createCallParameters","target":"5551234"}""",
            InteractionJson.MakeCall("5551234", null).ToJsonString());
        Assert.Equal("Sales", InteractionJson.MakeCall("5551234", "Sales")["workgroup"]!.GetValue<string>());
    }

    [Fact]
    public void Cookie_header_keeps_only_the_name_value_pairs_of_set_cookie()
    {
        Assert.Equal(
            "icws_42=abc; other=1",
            SessionCookie.FromSetCookie(["icws_42=abc; Path=/icws/42; Secure; HttpOnly", "other=1", "garbage"]));
        Assert.Null(SessionCookie.FromSetCookie([]));
    }

    [Fact]
    public void Credentials_and_session_tokens_never_print_their_secrets()
    {
        var credentials = new IcwsCredentials("agent1", "hunter2");
        var tokens = new IcwsSessionTokens("42", "csrf-secret", "icws_42=cookie-secret");

        Assert.DoesNotContain("hunter2", credentials.ToString(), StringComparison.Ordinal);
        Assert.Contains("agent1", credentials.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", tokens.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Alternate_hosts_are_tried_once_each_with_the_original_scheme_port_and_path()
    {
        var plan = new AlternateHostPlan(new Uri("https://cic-a:8019/base/"));

        plan.Offer(["cic-b", "CIC-A", "cic-c"]);
        plan.Offer(["cic-c", "cic-d"]);

        Assert.Equal(new Uri("https://cic-b:8019/base/"), plan.Next());
        Assert.Equal(new Uri("https://cic-c:8019/base/"), plan.Next());
        Assert.Equal(new Uri("https://cic-d:8019/base/"), plan.Next());
        Assert.Null(plan.Next());
        Assert.Equal(["cic-b", "CIC-A", "cic-c", "cic-d"], plan.Offered);
    }
}
