using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Http;

/// <summary>Spec, "Email-to-case": the simulated Object Routing Connector disconnects a Case's email interaction when the org's outbound
/// message says the agent replied to the Case, if the workgroup is configured to (the default); otherwise the email stays.</summary>
public sealed class EmailToCaseHttpTests : IAsyncLifetime
{
    private readonly SimulatorHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_reply_to_the_case_disconnects_its_email_on_the_agents_queue_and_only_that_email()
    {
        var (session, workgroup) = await AgentOnStationAsync();
        var caseEmail = await PickedUpEmailAsync(session, workgroup, "500SIMCASE00001");
        var otherCaseEmail = await SendEmailAsync(workgroup, "500SIMCASE00002");

        var answer = await PostAsync(OutboundMessage(("EmailMessage", "02sSIM000000001", "500SIMCASE00001AAA", false)));

        Assert.True(answer.GetProperty("ack").GetBoolean());
        Assert.Equal([caseEmail], answer.GetProperty("replies")[0].GetProperty("disconnected").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("I", await AttributeAsync(session, caseEmail, "Eic_State"));
        Assert.DoesNotContain(await AttributeAsync(session, otherCaseEmail, "Eic_State"), (string[])["I", "E"]);
        var log = await _host.Http.GetFromJsonAsync<JsonElement>("/control/object-routing/case-replies");
        Assert.Equal(("500SIMCASE00001AAA", "02sSIM000000001"), (log[0].GetProperty("caseId").GetString(), log[0].GetProperty("replyId").GetString()));
    }

    [Fact]
    public async Task A_workgroup_set_not_to_disconnect_keeps_the_email_connected()
    {
        var (session, workgroup) = await AgentOnStationAsync();
        var caseEmail = await PickedUpEmailAsync(session, workgroup, "500SIMCASE00003");
        using (var configured = await _host.Http.PutAsJsonAsync($"/control/workgroups/{workgroup}/email-to-case", new { disconnectOnReply = false }))
        {
            Assert.Equal(HttpStatusCode.NoContent, configured.StatusCode);
        }

        var answer = await PostAsync(OutboundMessage(("EmailMessage", "02sSIM000000003", "500SIMCASE00003", false)));

        var reply = answer.GetProperty("replies")[0];
        Assert.Equal(0, reply.GetProperty("disconnected").GetArrayLength());
        Assert.Equal([caseEmail], reply.GetProperty("kept").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("C", await AttributeAsync(session, caseEmail, "Eic_State"));
    }

    [Fact]
    public async Task Incoming_emails_other_objects_and_non_case_parents_are_acknowledged_and_change_nothing()
    {
        var (session, workgroup) = await AgentOnStationAsync();
        var caseEmail = await PickedUpEmailAsync(session, workgroup, "500SIMCASE00004");

        var answer = await PostAsync(OutboundMessage(
            ("EmailMessage", "02sSIM000000004", "500SIMCASE00004", true),
            ("Task", "00TSIM000000004", "500SIMCASE00004", false),
            ("EmailMessage", "02sSIM000000005", "003SIMCONTACT0004", false)));

        Assert.Equal((true, 0), (answer.GetProperty("ack").GetBoolean(), answer.GetProperty("replies").GetArrayLength()));
        Assert.Equal("C", await AttributeAsync(session, caseEmail, "Eic_State"));
    }

    [Theory]
    [InlineData("{\"notifications\": 5}")]
    [InlineData("{\"notifications\": [{\"id\": \"04l\"}]}")]
    [InlineData("[1, 2]")]
    public async Task A_malformed_outbound_message_is_a_400(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await _host.Http.PostAsync("/control/object-routing/outbound-messages", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_workgroup_that_does_not_exist_cannot_be_configured()
    {
        using var response = await _host.Http.PutAsJsonAsync("/control/workgroups/NoSuchGroup/email-to-case", new { disconnectOnReply = false });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static object OutboundMessage(params (string Type, string Id, string ParentId, bool Incoming)[] records) => new
    {
        organizationId = "00DSIM000000001",
        actionId = "04kSIMCASEREPLY",
        notifications = records.Select((r, i) => new
        {
            id = $"04lSIM00000000{i}",
            sObject = new { type = r.Type, Id = r.Id, ParentId = r.ParentId, Incoming = r.Incoming, Status = "3" },
        }).ToArray(),
    };

    private async Task<JsonElement> PostAsync(object message)
    {
        using var response = await _host.Http.PostAsJsonAsync("/control/object-routing/outbound-messages", message);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> PickedUpEmailAsync(IcwsSession session, string workgroup, string caseId)
    {
        var emailId = await SendEmailAsync(workgroup, caseId);
        await WaitForAttributeAsync(session, emailId, "Eic_State", "A");
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{emailId}/pickup");
        await WaitForAttributeAsync(session, emailId, "Eic_State", "C");
        return emailId;
    }

    private async Task<string> SendEmailAsync(string workgroup, string caseId)
    {
        using var response = await _host.Http.PostAsJsonAsync("/control/emails", new
        {
            workgroup,
            from = new { address = "carol@customer.example", name = "Carol Customer" },
            subject = "Case update",
            text = "Any news?",
            caseId,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString()!;
    }

    private async Task<(IcwsSession Session, string Workgroup)> AgentOnStationAsync()
    {
        var (userId, station, workgroup) = await IcwsSession.CreateAgentAsync(_host.Http);
        var session = await IcwsSession.LogInAsync(_host.Http, userId, "pw");
        await session.SendOkAsync(HttpMethod.Put, "connection/station",
            new { __type = "urn:inin.com:connection:workstationSettings", workstation = station });
        return (session, workgroup);
    }

    private static async Task<string> AttributeAsync(IcwsSession session, string interactionId, string name)
    {
        using var response = await session.SendAsync(HttpMethod.Get, $"interactions/{interactionId}?select={name}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attributes").GetProperty(name).GetString()!;
    }

    private static async Task WaitForAttributeAsync(IcwsSession session, string interactionId, string name, string value)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (await AttributeAsync(session, interactionId, name) != value)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{name} of {interactionId} never became '{value}'.");
            await Task.Delay(20);
        }
    }
}
