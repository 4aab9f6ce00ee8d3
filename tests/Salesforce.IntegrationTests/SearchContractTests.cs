using System.Net;
using PureConnect.Salesforce.IntegrationTests.Harness;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>Screen-pop search: SOSL <c>IN PHONE FIELDS</c> over Contacts, Leads and Accounts, with the simulator's
/// documented rule (digits only, last 10 digits). Each test seeds its own number.</summary>
public sealed class SearchContractTests(SalesforceOrgFixture org) : IClassFixture<SalesforceOrgFixture>
{
    private static int _next;
    private readonly SalesforceClient _client = org.CreateClient();

    [Fact]
    public async Task A_caller_number_in_any_format_finds_the_contacts_leads_and_accounts_with_that_number()
    {
        var (formatted, e164) = NewNumber();
        var contact = await org.Control.AddRecordAsync("Contact", "Ada Lovelace", formatted);
        var lead = await org.Control.AddRecordAsync("Lead", "Alan Turing", phone: "555 0000", mobilePhone: e164);
        var account = await org.Control.AddRecordAsync("Account", "Acme", e164.Replace("+1", "", StringComparison.Ordinal));
        await org.Control.AddRecordAsync("Contact", "Someone Else", "(999) 555-0000");

        var matches = await _client.SearchByPhoneAsync(e164);

        Assert.Equal([("Contact", contact), ("Lead", lead), ("Account", account)], matches.Select(m => (m.SObjectType, m.Id)));
        Assert.Equal("Ada Lovelace", matches[0].Name);
        Assert.Equal(formatted, matches[0].Phone);
    }

    [Fact]
    public async Task An_unknown_number_finds_nothing_and_a_number_without_digits_costs_no_call()
    {
        var (_, unknown) = NewNumber();
        Assert.Empty(await _client.SearchByPhoneAsync(unknown));
        var usedBefore = (await org.Control.UsageAsync()).Used;

        Assert.Empty(await _client.SearchByPhoneAsync("anonymous"));

        Assert.Equal(usedBefore, (await org.Control.UsageAsync()).Used);
    }

    [Fact]
    public async Task The_search_answer_is_wrapped_in_searchRecords_with_attributes()
    {
        var (formatted, _) = NewNumber();
        var id = await org.Control.AddRecordAsync("Contact", "Grace Hopper", formatted);

        using var response = await org.Control.RawAsync(HttpMethod.Get,
            "search/?q=" + Uri.EscapeDataString($"FIND {{{formatted.Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal).Replace("-", "\\-", StringComparison.Ordinal)}}} IN PHONE FIELDS RETURNING Contact(Id, Name)"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = Assert.Single((await OrgControl.JsonAsync(response)).GetProperty("searchRecords").EnumerateArray());
        Assert.Equal("Contact", record.GetProperty("attributes").GetProperty("type").GetString());
        Assert.Equal($"/services/data/v62.0/sobjects/Contact/{id}", record.GetProperty("attributes").GetProperty("url").GetString());
        Assert.False(record.TryGetProperty("Phone", out _));
    }

    [Fact]
    public async Task Malformed_sosl_is_a_400()
    {
        using var response = await org.Control.RawAsync(HttpMethod.Get, "search/?q=" + Uri.EscapeDataString("SELECT Id FROM Contact"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MALFORMED_SEARCH", (await OrgControl.JsonAsync(response))[0].GetProperty("errorCode").GetString());
    }

    /// <summary>A number no other test uses, as "(AAA) 555-01NN" and "+1AAA55501NN".</summary>
    private static (string Formatted, string E164) NewNumber()
    {
        var n = Interlocked.Increment(ref _next);
        var area = 200 + (Environment.ProcessId + n * 7) % 700;
        var line = $"01{n % 100:00}";
        return ($"({area}) 555-{line}", $"+1{area}555{line}");
    }
}
