using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Salesforce.IntegrationTests.Harness;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>Email-to-case in the org: the Case feed's email form records a reply as an EmailMessage (<c>ParentId</c> the Case,
/// <c>Incoming</c> false); the org's outbound message on a Case reply tells the listener (the Object Routing Connector), retrying a
/// refused delivery. Bad input is refused with Salesforce's errors and stores nothing.</summary>
public sealed class EmailMessageContractTests(CaseReplyOrgFixture org) : IClassFixture<CaseReplyOrgFixture>
{
    private const string CaseId = "500SIMCASE00042";

    [Fact]
    public async Task A_reply_on_a_case_is_stored_readable_and_sent_to_the_listener_after_a_refused_first_delivery()
    {
        var id = await CreateAsync(new { ParentId = CaseId, Incoming = false, ToAddress = "carol@customer.example", Subject = "RE: Case 42", TextBody = "Fixed." });
        using var incoming = await org.Control.RawAsync(HttpMethod.Post, "sobjects/EmailMessage",
            JsonSerializer.Serialize(new { ParentId = CaseId, Incoming = true, FromAddress = "carol@customer.example", Subject = "Thanks" }));
        Assert.Equal(HttpStatusCode.Created, incoming.StatusCode);

        using var read = await org.Control.RawAsync(HttpMethod.Get, $"sobjects/EmailMessage/{id}");
        var record = await OrgControl.JsonAsync(read);
        Assert.Equal(("EmailMessage", false, "3", "RE: Case 42"), (record.GetProperty("attributes").GetProperty("type").GetString(),
            record.GetProperty("Incoming").GetBoolean(), record.GetProperty("Status").GetString(), record.GetProperty("Subject").GetString()));
        Assert.Equal(18, record.GetProperty("ParentId").GetString()!.Length);

        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (org.Received.IsEmpty)
        {
            Assert.True(DateTime.UtcNow < deadline, "The outbound message never arrived.");
            await Task.Delay(50);
        }

        var sObject = Assert.Single(org.Received).GetProperty("notifications")[0].GetProperty("sObject");
        Assert.Equal(("EmailMessage", id, false), (sObject.GetProperty("type").GetString(), sObject.GetProperty("Id").GetString(), sObject.GetProperty("Incoming").GetBoolean()));
        Assert.StartsWith(CaseId, sObject.GetProperty("ParentId").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, org.Attempts);
        var deliveries = await org.RawHttp.GetFromJsonAsync<JsonElement>("/control/outbound-messages");
        Assert.Equal((true, 2), (deliveries[0].GetProperty("delivered").GetBoolean(), deliveries[0].GetProperty("attempts").GetInt32()));
        var listed = await org.RawHttp.GetFromJsonAsync<JsonElement>($"/control/email-messages?parentId={CaseId}");
        Assert.Equal(2, listed.GetArrayLength());
    }

    [Theory]
    [InlineData("{\"ParentId\": \"003SIMCONTACT01\", \"Incoming\": false}", "FIELD_INTEGRITY_EXCEPTION")]
    [InlineData("{\"ParentId\": \"not-an-id\", \"Incoming\": false}", "MALFORMED_ID")]
    [InlineData("{\"ParentId\": \"500SIMCASE00042\", \"Incoming\": \"no\"}", "JSON_PARSER_ERROR")]
    [InlineData("{\"ParentId\": \"500SIMCASE00042\", \"Status\": \"Sent\"}", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST")]
    [InlineData("{\"ParentId\": \"500SIMCASE00042\", \"Secret__c\": \"x\"}", "INVALID_FIELD")]
    [InlineData("{\"Id\": \"02sSIM000000001\", \"ParentId\": \"500SIMCASE00042\"}", "INVALID_FIELD_FOR_INSERT_UPDATE")]
    [InlineData("{\"Incoming\": false}", "REQUIRED_FIELD_MISSING")]
    public async Task A_bad_email_message_is_refused_with_salesforces_error(string body, string errorCode)
    {
        using var response = await org.Control.RawAsync(HttpMethod.Post, "sobjects/EmailMessage", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(errorCode, (await OrgControl.JsonAsync(response))[0].GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task A_body_longer_than_the_field_allows_is_STRING_TOO_LONG()
    {
        using var response = await org.Control.RawAsync(HttpMethod.Post, "sobjects/EmailMessage",
            JsonSerializer.Serialize(new { ParentId = CaseId, TextBody = new string('x', 131_073) }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("STRING_TOO_LONG", (await OrgControl.JsonAsync(response))[0].GetProperty("errorCode").GetString());
    }

    private async Task<string> CreateAsync(object body)
    {
        using var response = await org.Control.RawAsync(HttpMethod.Post, "sobjects/EmailMessage", JsonSerializer.Serialize(body));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await OrgControl.JsonAsync(response)).GetProperty("id").GetString()!;
    }
}
