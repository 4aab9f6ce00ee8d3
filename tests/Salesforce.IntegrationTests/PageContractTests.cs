using System.Net;
using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>What a person watching the demo and the process supervisor see.</summary>
public sealed class PageContractTests(SalesforceOrgFixture org) : IClassFixture<SalesforceOrgFixture>
{
    [Fact]
    public async Task The_home_page_lists_the_call_logs_html_encoded()
    {
        var externalId = SalesforceOrgFixture.NewExternalId();
        await org.CreateClient().UpsertTaskAsync(SalesforceTask.NewCall(externalId) with { Subject = "<b>Call</b> & more" });

        using var response = await org.RawHttp.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("&lt;b&gt;Call&lt;/b&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.Contains(externalId, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_served_by_the_service_defaults()
    {
        using var response = await org.RawHttp.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
