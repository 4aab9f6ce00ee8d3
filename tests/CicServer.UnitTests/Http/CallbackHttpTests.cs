using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Http;

public sealed class CallbackHttpTests(SimulatorHost host) : IClassFixture<SimulatorHost>
{
    private const string ResponseCallType = "urn:inin.com:interactions.callback:createCallbackResponseCallParameters";

    [Fact]
    public async Task An_agent_calls_the_number_of_a_callback_and_completes_it_over_icws()
    {
        var (session, workgroup) = await AgentOnStationAsync();
        var callbackId = await RequestCallbackAsync(workgroup, "+13175550160");
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{callbackId}/pickup");

        using var created = await session.SendAsync(HttpMethod.Post, "interactions",
            new { __type = ResponseCallType, parentInteractionId = callbackId, target = "+13175550160" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var callId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("interactionId").GetString();
        using var disposition = await session.SendAsync(HttpMethod.Put, $"interactions/{callbackId}/callback/disposition", new { disposition = 0 });

        Assert.Equal(HttpStatusCode.OK, disposition.StatusCode);
        var attributes = await AttributesAsync(session, callbackId, "Eic_ObjectType", "Eic_CallbackAssociatedCallId", "Eic_CallbackCompletion", "Eic_State");
        Assert.Equal("Callback", attributes["Eic_ObjectType"]);
        Assert.Equal(callId, attributes["Eic_CallbackAssociatedCallId"]);
        Assert.Equal("Success", attributes["Eic_CallbackCompletion"]);
        Assert.Equal("I", attributes["Eic_State"]);
    }

    [Fact]
    public async Task A_disposition_outside_0_to_2_is_a_400()
    {
        var (session, workgroup) = await AgentOnStationAsync();
        var callbackId = await RequestCallbackAsync(workgroup, "+13175550161");
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{callbackId}/pickup");

        using var response = await session.SendAsync(HttpMethod.Put, $"interactions/{callbackId}/callback/disposition", new { disposition = 7 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("C", (await AttributesAsync(session, callbackId, "Eic_State"))["Eic_State"]);
    }

    [Fact]
    public async Task A_customer_requests_a_callback_over_icws_web_callback_create_without_a_session()
    {
        var (session, workgroup) = await AgentOnStationAsync();

        using var response = await host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/icws/web-callback/create")
        {
            Content = IcwsSession.IcwsContent(new
            {
                __type = "urn:inin.com:webCallback:callbackCreateRequest",
                targetQueue = workgroup,
                targetQueueType = "Workgroup",
                telephone = "+13175550162",
                name = "Robin Requester",
                subject = "Call me",
            }),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("urn:inin.com:webCallback:callbackCreateResponse", body.GetProperty("__type").GetString());
        Assert.True(Guid.TryParse(body.GetProperty("participantID").GetString(), out _));
        var attributes = await AttributesAsync(session, body.GetProperty("callbackID").GetString()!, "Eic_ObjectType", "Eic_CallbackPhone", "Eic_Subject", "Eic_State");
        Assert.Equal(("Callback", "+13175550162", "Call me", "A"),
            (attributes["Eic_ObjectType"], attributes["Eic_CallbackPhone"], attributes["Eic_Subject"], attributes["Eic_State"]));
    }

    [Fact]
    public async Task A_web_callback_to_a_queue_type_other_than_workgroup_or_user_is_a_400()
    {
        using var response = await host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/icws/web-callback/create")
        {
            Content = IcwsSession.IcwsContent(new { targetQueue = "Sales", targetQueueType = "Station", telephone = "+13175550163", name = "Robin" }),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_callback_request_needs_a_telephone_and_a_name()
    {
        using var response = await host.Http.PostAsJsonAsync("/control/callbacks", new { workgroup = "Sales", telephone = "", name = "Robin" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<string> RequestCallbackAsync(string workgroup, string telephone)
    {
        using var response = await host.Http.PostAsJsonAsync("/control/callbacks",
            new { workgroup, telephone, name = "Robin Requester", subject = "Please call me" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString()!;
    }

    private async Task<(IcwsSession Session, string Workgroup)> AgentOnStationAsync()
    {
        var (userId, station, workgroup) = await IcwsSession.CreateAgentAsync(host.Http);
        var session = await IcwsSession.LogInAsync(host.Http, userId, "pw");
        await session.SendOkAsync(HttpMethod.Put, "connection/station",
            new { __type = "urn:inin.com:connection:workstationSettings", workstation = station });
        return (session, workgroup);
    }

    private static async Task<Dictionary<string, string>> AttributesAsync(IcwsSession session, string interactionId, params string[] names)
    {
        using var response = await session.SendAsync(HttpMethod.Get, $"interactions/{interactionId}?select={string.Join(',', names)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attributes = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("attributes");
        return attributes.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }
}
