using System.Net;
using System.Text.Json;
using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Tasks;
using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>SOQL as an administrator or the product queries: filtered, ordered, limited, paged with <c>nextRecordsUrl</c>
/// (two records a page here), and the errors for an unknown column or object.</summary>
public sealed class QueryContractTests(QueryContractTests.SmallPagesOrg org) : IClassFixture<QueryContractTests.SmallPagesOrg>
{
    public sealed class SmallPagesOrg : SalesforceOrgFixture
    {
        protected override void Configure(SalesforceOrgOptions options)
        {
            base.Configure(options);
            options.QueryBatchSize = 2;
        }
    }

    [Fact]
    public async Task A_query_filters_orders_and_pages_through_next_records_urls()
    {
        var client = org.CreateClient();
        var marker = Guid.NewGuid().ToString("N")[..8];
        foreach (var (subject, seconds) in new[] { ("b", 20), ("a", 10), ("c", 30), ("d", 5) })
            await client.UpsertTaskAsync(SalesforceTask.NewCall(SalesforceOrgFixture.NewExternalId()) with
            {
                Subject = $"{marker} {subject}",
                CallDurationInSeconds = seconds,
                CallType = SalesforceCallType.Inbound,
            });

        var soql = $"SELECT Id, Subject, Description FROM Task WHERE Subject LIKE '{marker}%' AND CallDurationInSeconds >= 10 ORDER BY Subject DESC";
        using var first = await org.Control.RawAsync(HttpMethod.Get, "query?q=" + Uri.EscapeDataString(soql));
        var page1 = await OrgControl.JsonAsync(first);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((3, false), (page1.GetProperty("totalSize").GetInt32(), page1.GetProperty("done").GetBoolean()));
        Assert.Equal([$"{marker} c", $"{marker} b"], Subjects(page1));
        Assert.Equal(JsonValueKind.Null, page1.GetProperty("records")[0].GetProperty("Description").ValueKind);
        using var second = await org.Control.RawAsync(HttpMethod.Get, page1.GetProperty("nextRecordsUrl").GetString()!);
        var page2 = await OrgControl.JsonAsync(second);
        Assert.Equal([$"{marker} a"], Subjects(page2));
        Assert.True(page2.GetProperty("done").GetBoolean());
        Assert.False(page2.TryGetProperty("nextRecordsUrl", out _));

        using var limited = await org.Control.RawAsync(HttpMethod.Get, "query?q=" + Uri.EscapeDataString($"SELECT Subject FROM Task WHERE Subject LIKE '{marker}%' ORDER BY CallDurationInSeconds LIMIT 1"));
        Assert.Equal([$"{marker} d"], Subjects(await OrgControl.JsonAsync(limited)));
    }

    [Theory]
    [InlineData("SELECT Subjekt FROM Task", "INVALID_FIELD", "No such column 'Subjekt' on entity 'Task'")]
    [InlineData("SELECT Id FROM Opportunity", "INVALID_TYPE", "sObject type 'Opportunity' is not supported")]
    [InlineData("SELECT Id FROM Task WHERE Subject = 'a' OR Subject = 'b'", "MALFORMED_QUERY", "OR")]
    public async Task What_cannot_be_answered_is_a_400_with_the_reason(string soql, string code, string message)
    {
        using var response = await org.Control.RawAsync(HttpMethod.Get, "query?q=" + Uri.EscapeDataString(soql));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await OrgControl.JsonAsync(response))[0];
        Assert.Equal(code, error.GetProperty("errorCode").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Contacts_leads_accounts_and_the_current_presence_can_be_queried()
    {
        var name = "Query Contact " + Guid.NewGuid().ToString("N")[..6];
        await org.Control.AddRecordAsync("Contact", name, phone: "(317) 555-0199");

        using var contacts = await org.Control.RawAsync(HttpMethod.Get, "query?q=" + Uri.EscapeDataString($"SELECT Id, Name, Phone FROM Contact WHERE Name = '{name.ToUpperInvariant()}'"));
        using var presence = await org.Control.RawAsync(HttpMethod.Get, "query?q=" + Uri.EscapeDataString("SELECT UserId, ServicePresenceStatusId FROM UserServicePresence WHERE IsCurrentState = true"));

        var contact = Assert.Single((await OrgControl.JsonAsync(contacts)).GetProperty("records").EnumerateArray());
        Assert.Equal(("Contact", "(317) 555-0199"), (contact.GetProperty("attributes").GetProperty("type").GetString(), contact.GetProperty("Phone").GetString()));
        Assert.Equal(0, (await OrgControl.JsonAsync(presence)).GetProperty("totalSize").GetInt32());
    }

    [Fact]
    public async Task Users_can_be_queried_by_federation_id_and_by_e_mail_through_the_client()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var federated = await org.Control.AddUserAsync($"fed{marker}@example.com", federationIdentifier: $"cic{marker}");
        var mailed = await org.Control.AddUserAsync($"user{marker}", email: $"mail{marker}@example.com");
        var client = org.CreateClient();

        var byFederation = await client.QueryAsync($"SELECT Id FROM User WHERE FederationIdentifier = 'cic{marker}' AND IsActive = true LIMIT 2");
        var byEmail = await client.QueryAsync($"SELECT Id, Email FROM User WHERE Email = 'MAIL{marker}@example.com'");

        Assert.Equal(federated, Assert.Single(byFederation)["Id"]!.GetValue<string>());
        Assert.Equal(mailed, Assert.Single(byEmail)["Id"]!.GetValue<string>());
    }

    private static List<string?> Subjects(JsonElement page) => [.. page.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Subject").GetString())];
}
